/* The per-character part of esglens's PDF reader (read/pdf_chars.py) in one call per page.
 *
 * Asking pdfium for a character's box, origin and text object through ctypes costs about a
 * microsecond a call in Python, which made the reader ten times slower than pdfium's own text. This
 * loop makes the same pdfium calls from C. It uses no Python API: read/pdf_chars.py loads it with
 * ctypes and hands it the addresses of pypdfium2's own pdfium functions, so it links against
 * nothing. When it is not built (no C compiler), pdf_chars.py makes the same calls from Python.
 */
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

/* The words of a page whose text runs at 0 degrees, from what esglens_page_chars filled: the same
 * rules, in the same floating-point steps, as read/pdf_words.py's _words (tests/test_pdf_words.py
 * compares the two). kind[k]: 0 for no glyph, else 1 + (the glyph's angle bucket / 90) + 4 * bold.
 * A glyph counts when its bucket is `main_q` (the page's angle / 90); a real space (wanted 1, not
 * generated) ends a word; anything else is a break pdfium generated.
 * For word i: first[i], end[i] (its glyphs are first..end-1), count[i] (glyphs at the main angle),
 * flags[i] (1: a real space stood before it; 2: all its glyphs have one size and one baseline, so
 * geom holds its box), nbold[i] and geom[6i..6i+5]: x0, x1, top, bottom, the first glyph's baseline
 * and size. Returns the number of words (at most n). */
static int emit(int i, int a, int b, int cnt, int spaced, const unsigned char *kind, int main_q,
                const float *box, const double *org, double h,
                int *first, int *end, int *count, unsigned char *flags, int *nbold, double *geom)
{
    int k, uniform = cnt == b - a, bold = 0;
    double x0 = box[4 * a], x1 = box[4 * a + 2], top = h - box[4 * a + 1], bottom = h - box[4 * a + 3];
    double base = h - org[2 * a + 1], d = bottom - top, size = d < 0.1 ? 0.1 : d;
    if (size != size || base != base)
        uniform = 0;
    for (k = a; k < b; k++) {
        int kb = kind[k];
        double t, bt, bs, sz;
        if (kb == 0 || ((kb - 1) & 3) != main_q)
            continue;
        bold += (kb - 1) >> 2;
        t = h - box[4 * k + 1];
        bt = h - box[4 * k + 3];
        bs = h - org[2 * k + 1];
        sz = bt - t < 0.1 ? 0.1 : bt - t;
        if (sz != size || bs != base)
            uniform = 0;
        if (box[4 * k] < x0) x0 = box[4 * k];
        if (box[4 * k + 2] > x1) x1 = box[4 * k + 2];
        if (t < top) top = t;
        if (bt > bottom) bottom = bt;
    }
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

int esglens_words(int n, const unsigned char *wanted, const signed char *generated_flag,
                  const unsigned char *kind, int main_q, const float *box, const double *org, double h,
                  int *first, int *end, int *count, unsigned char *flags, int *nbold, double *geom)
{
    int k, nw = 0, start = -1, last = -1, cnt = 0;
    int pending_space = 0, generated = 0, spaced = 0;
    double p_x1 = 0.0, p_top = 0.0, p_bottom = 0.0, p_base = 0.0, p_size = 0.0;
    for (k = 0; k < n; k++) {
        int kb = kind[k];
        double top, bottom, base, d, size_c;
        if (kb == 0 || ((kb - 1) & 3) != main_q) {
            if (wanted[k] == 1 && generated_flag[k] != 1) {     /* a real space */
                if (start >= 0) {
                    nw = emit(nw, start, last + 1, cnt, spaced, kind, main_q, box, org, h,
                              first, end, count, flags, nbold, geom);
                    start = -1;
                    pending_space = 1;
                }
            } else {
                generated = 1;
            }
            continue;
        }
        top = h - box[4 * k + 1];
        bottom = h - box[4 * k + 3];
        base = h - org[2 * k + 1];
        d = bottom - top;
        size_c = d < 0.1 ? 0.1 : d;
        if (start >= 0) {
            double size = p_size > size_c ? p_size : size_c;
            double gap = box[4 * k] - p_x1, diff = base - p_base, limit;
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
                nw = emit(nw, start, last + 1, cnt, spaced, kind, main_q, box, org, h,
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
        p_x1 = box[4 * k + 2];
        p_top = top;
        p_bottom = bottom;
        p_base = base;
        p_size = size_c;
    }
    if (start >= 0)
        nw = emit(nw, start, last + 1, cnt, spaced, kind, main_q, box, org, h,
                  first, end, count, flags, nbold, geom);
    return nw;
}
