/* The per-character part of esglens's PDF reader (read/pdf_chars.py) in one call per page.
 *
 * Asking pdfium for a character's box, origin and text object through ctypes costs about a
 * microsecond a call in Python, which made the reader ten times slower than pdfium's own text. This
 * loop makes the same pdfium calls from C. It uses no Python API: read/pdf_chars.py loads it with
 * ctypes and hands it the addresses of pypdfium2's own pdfium functions, so it links against
 * nothing. When it is not built (no C compiler), pdf_chars.py makes the same calls from Python.
 */
#include <math.h>
#include <stdlib.h>

typedef int (*is_generated_fn)(void *textpage, int index);
typedef int (*loose_box_fn)(void *textpage, int index, float *rect);
typedef int (*origin_fn)(void *textpage, int index, double *x, double *y);
typedef void *(*text_object_fn)(void *textpage, int index);

/* For characters 0..n-1 of the page: generated[k] (pdfium's IsGenerated), box[4k..4k+3] (the loose
 * box as FS_RECTF: left, top, right, bottom), origin[2k], origin[2k+1], and objects[k] (the text
 * object). Characters with wanted[k] == 0 are skipped (their slots are left as they are). */
int esglens_page_chars(void *textpage, int n, const unsigned char *wanted,
                       void *is_generated, void *loose_box, void *origin, void *text_object,
                       signed char *generated, float *box, double *org, void **objects)
{
    is_generated_fn gen = (is_generated_fn)is_generated;
    loose_box_fn lbox = (loose_box_fn)loose_box;
    origin_fn orig = (origin_fn)origin;
    text_object_fn tobj = (text_object_fn)text_object;
    int k;
    for (k = 0; k < n; k++) {
        if (wanted[k] == 0)
            continue;
        if (wanted[k] == 1) {        /* whitespace: only whether pdfium generated it */
            generated[k] = (signed char)gen(textpage, k);
            continue;
        }
        objects[k] = tobj(textpage, k);
        lbox(textpage, k, box + 4 * k);
        orig(textpage, k, org + 2 * k, org + 2 * k + 1);
    }
    return n;
}

/* A glyph's box, baseline and size in reading space (x to the right, y down along the page's text
 * direction), as read/pdf_chars.py's _to_reading places it for the page's angle (main_q = angle / 90). */
typedef struct { double x0, x1, top, bottom, base, size; } placed;

static placed place(int k, int main_q, double w, double h, const float *box, const double *org)
{
    placed p;
    double left = box[4 * k], top = box[4 * k + 1], right = box[4 * k + 2], bottom = box[4 * k + 3], d;
    if (main_q == 0) {
        p.x0 = left; p.x1 = right; p.top = h - top; p.bottom = h - bottom; p.base = h - org[2 * k + 1];
    } else if (main_q == 3) {        /* 270: text runs upwards, reading x is PDF y */
        p.x0 = bottom; p.x1 = top; p.top = left; p.bottom = right; p.base = org[2 * k];
    } else if (main_q == 2) {        /* 180 */
        p.x0 = w - right; p.x1 = w - left; p.top = bottom; p.bottom = top; p.base = org[2 * k + 1];
    } else {                         /* 90: text runs downwards */
        p.x0 = h - top; p.x1 = h - bottom; p.top = w - right; p.bottom = w - left; p.base = w - org[2 * k];
    }
    d = p.bottom - p.top;
    p.size = d < 0.1 ? 0.1 : d;
    return p;
}

/* The words of a page, from what esglens_page_chars filled: the same rules, in the same floating-point
 * steps, as read/pdf_words.py's _words (tests/test_pdf_words.py compares the two). kind[k]: 0 for no
 * glyph, else 1 + (the glyph's angle bucket / 90) + 4 * bold. A glyph counts when its bucket is `main_q`
 * (the page's angle / 90); a real space (wanted 1, not generated) ends a word; anything else is a break
 * pdfium generated. w and h: the page's size.
 * For word i: first[i], end[i] (its glyphs are first..end-1), count[i] (glyphs at the main angle),
 * flags[i] (1: a real space stood before it; 2: all its glyphs have one baseline and none is smaller
 * than 0.85 of the largest (no superscript or subscript), with no break inside, so geom holds its box),
 * nbold[i] and geom[6i..6i+5]: x0, x1, top, bottom, the baseline and the largest size. Returns the number of words (at most n). */
static int emit(int i, int a, int b, int cnt, int spaced, const unsigned char *kind, int main_q,
                double w, double h, const float *box, const double *org,
                int *first, int *end, int *count, unsigned char *flags, int *nbold, double *geom)
{
    int k, uniform = cnt == b - a, bold = 0;
    placed p0 = place(a, main_q, w, h, box, org);
    double x0 = p0.x0, x1 = p0.x1, top = p0.top, bottom = p0.bottom, base = p0.base, size = p0.size;
    double least = size;
    if (size != size || base != base)
        uniform = 0;
    for (k = a; k < b; k++) {
        int kb = kind[k];
        placed q;
        if (kb == 0 || ((kb - 1) & 3) != main_q)
            continue;
        bold += (kb - 1) >> 2;
        q = place(k, main_q, w, h, box, org);
        if (q.size != q.size || q.base != base)
            uniform = 0;
        if (q.size > size) size = q.size;
        if (q.size < least) least = q.size;
        if (q.x0 < x0) x0 = q.x0;
        if (q.x1 > x1) x1 = q.x1;
        if (q.top < top) top = q.top;
        if (q.bottom > bottom) bottom = q.bottom;
    }
    /* sizes that differ a little (no glyph below 0.85 of the largest: no superscript) make one body, as
     * in pdf_chars._word, whose type size is the largest */
    if (least < 0.85 * size)
        uniform = 0;
    first[i] = a;
    end[i] = b;
    count[i] = cnt;
    flags[i] = (unsigned char)(spaced | (uniform << 1));
    nbold[i] = bold;
    geom[6 * i] = x0;
    geom[6 * i + 1] = x1;
    geom[6 * i + 2] = top;
    geom[6 * i + 3] = bottom;
    geom[6 * i + 4] = base;
    geom[6 * i + 5] = size;
    return i + 1;
}

int esglens_page_words(int n, const unsigned char *wanted, const signed char *generated_flag,
                  const unsigned char *kind, int main_q, const float *box, const double *org, double w, double h,
                  int *first, int *end, int *count, unsigned char *flags, int *nbold, double *geom)
{
    int k, nw = 0, start = -1, last = -1, cnt = 0;
    int pending_space = 0, generated = 0, spaced = 0;
    double p_x1 = 0.0, p_top = 0.0, p_bottom = 0.0, p_base = 0.0, p_size = 0.0;
    for (k = 0; k < n; k++) {
        int kb = kind[k];
        placed q;
        double top, bottom, base, size_c;
        if (kb == 0 || ((kb - 1) & 3) != main_q) {
            if (wanted[k] == 1 && generated_flag[k] != 1) {     /* a real space */
                if (start >= 0) {
                    nw = emit(nw, start, last + 1, cnt, spaced, kind, main_q, w, h, box, org,
                              first, end, count, flags, nbold, geom);
                    start = -1;
                    pending_space = 1;
                }
            } else {
                generated = 1;
            }
            continue;
        }
        q = place(k, main_q, w, h, box, org);
        top = q.top;
        bottom = q.bottom;
        base = q.base;
        size_c = q.size;
        if (start >= 0) {
            double size = p_size > size_c ? p_size : size_c;
            double gap = q.x0 - p_x1, diff = base - p_base, limit;
            double low = p_bottom < bottom ? p_bottom : bottom, high = p_top > top ? p_top : top;
            int same_line = (diff < 0 ? -diff : diff) < 0.45 * size
                || low - high > 0.5 * (p_size < size_c ? p_size : size_c);
            if (size_c < 0.85 * p_size)
                limit = 0.3 * size;
            else if (generated || p_size < 0.85 * size_c)
                limit = 0.12 * size;
            else
                limit = 0.25 * size;
            if (!same_line || gap > limit || gap < -0.5 * size) {
                nw = emit(nw, start, last + 1, cnt, spaced, kind, main_q, w, h, box, org,
                          first, end, count, flags, nbold, geom);
                start = -1;
                pending_space = 0;
            }
        }
        generated = 0;
        if (start < 0) {
            start = k;
            cnt = 0;
            spaced = pending_space;
            pending_space = 0;
        }
        cnt++;
        last = k;
        p_x1 = q.x1;
        p_top = top;
        p_bottom = bottom;
        p_base = base;
        p_size = size_c;
    }
    if (start >= 0)
        nw = emit(nw, start, last + 1, cnt, spaced, kind, main_q, w, h, box, org,
                  first, end, count, flags, nbold, geom);
    return nw;
}

/* Each glyph's kind byte for esglens_page_words, as read/pdf_glyph_keys.py's keys_by_object makes it:
 * 1 + (angle bucket / 90) + 4 * bold, asked of pdfium (FPDFText_GetFontWeight, FPDFText_GetCharAngle)
 * once per text object, at its first glyph; 0 for a character that is no glyph. The bucket is the
 * angle in degrees modulo 360 over 90, rounded half to even, modulo 4: Python's
 * int(round(math.degrees(rad) % 360 / 90.0)) % 4. first_at[q] is the first glyph at bucket q (-1: none),
 * glyphs[q] how many glyphs stand at it. Returns 0, or -1 when a glyph has no text object (the caller
 * then asks glyph by glyph). */
typedef int (*weight_fn)(void *textpage, int index);
typedef float (*angle_fn)(void *textpage, int index);

static int bucket_of(float rad)
{
    double deg = (double)rad * (180.0 / 3.141592653589793), mod, r;
    long q;
    if (deg != deg)
        return 0;
    mod = fmod(deg, 360.0);
    if (mod != 0.0) {
        if (mod < 0)
            mod += 360.0;
    } else {
        mod = 0.0;
    }
    mod = mod / 90.0;
    r = round(mod);
    if (fabs(mod - r) == 0.5)
        r = 2.0 * round(mod / 2.0);
    q = (long)r % 4;
    return (int)(q < 0 ? q + 4 : q);
}

int esglens_page_kinds(void *textpage, int n, const unsigned char *wanted, void *const *objects,
                       void *weight, void *angle, unsigned char *kind, int *first_at, int *glyphs)
{
    weight_fn wt = (weight_fn)weight;
    angle_fn an = (angle_fn)angle;
    size_t cap = 64, mask, h;
    void **keys;
    unsigned char *codes;
    void *last = 0;
    int k, q, last_code = 0;
    while (cap < 2 * (size_t)n)
        cap <<= 1;
    mask = cap - 1;
    keys = (void **)calloc(cap, sizeof(void *));
    codes = (unsigned char *)calloc(cap, 1);
    if (!keys || !codes) {
        free(keys);
        free(codes);
        return -1;
    }
    for (q = 0; q < 4; q++) {
        first_at[q] = -1;
        glyphs[q] = 0;
    }
    for (k = 0; k < n; k++) {
        void *obj = objects[k];
        int code;
        if (wanted[k] != 2) {
            kind[k] = 0;
            continue;
        }
        if (obj == 0) {
            free(keys);
            free(codes);
            return -1;
        }
        if (obj == last) {
            code = last_code;
        } else {
            h = ((size_t)obj >> 4) * 2654435761u & mask;
            while (keys[h] != 0 && keys[h] != obj)
                h = (h + 1) & mask;
            if (keys[h] == 0) {
                int bold = wt(textpage, k) >= 600;
                keys[h] = obj;
                codes[h] = (unsigned char)(1 + bucket_of(an(textpage, k)) + 4 * bold);
            }
            code = codes[h];
            last = obj;
            last_code = code;
        }
        kind[k] = (unsigned char)code;
        q = (code - 1) & 3;
        if (first_at[q] < 0)
            first_at[q] = k;
        glyphs[q]++;
    }
    free(keys);
    free(codes);
    return 0;
}
