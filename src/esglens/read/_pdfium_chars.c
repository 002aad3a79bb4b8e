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
#include <string.h>

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
    double p_x0 = 0.0, p_x1 = 0.0, p_top = 0.0, p_bottom = 0.0, p_base = 0.0, p_size = 0.0;
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
            /* a ligature's letters ("ffi") share one glyph's box: the second and third go on with the word */
            if (!same_line || gap > limit || (gap < -0.5 * size && (q.x0 != p_x0 || q.x1 != p_x1))) {
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
        p_x0 = q.x0;
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

/* --- lines: read/pdf_lines.py's build_lines on arrays (read/pdf_lines_c.py calls it) ------------------ */

typedef struct { double a, b; int c, idx; } lkey;   /* sorted by a, then b, then c, then idx (a stable sort) */

static int cmp_lkey(const void *p, const void *q)
{
    const lkey *x = (const lkey *)p, *y = (const lkey *)q;
    if (x->a < y->a) return -1;
    if (x->a > y->a) return 1;
    if (x->b < y->b) return -1;
    if (x->b > y->b) return 1;
    if (x->c != y->c) return x->c < y->c ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

/* bisect.insort (bisect_right) of v into the sorted a[0..*len-1], growing the array as needed */
static int insort_d(double **a, int *len, int *cap, double v)
{
    int lo = 0, hi = *len;
    if (*len == *cap) {
        int ncap = *cap ? 2 * *cap : 4;
        double *grown = (double *)realloc(*a, sizeof(double) * (size_t)ncap);
        if (!grown)
            return -1;
        *a = grown;
        *cap = ncap;
    }
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (v < (*a)[mid]) hi = mid; else lo = mid + 1;
    }
    memmove(*a + lo + 1, *a + lo, sizeof(double) * (size_t)(*len - lo));
    (*a)[lo] = v;
    (*len)++;
    return 0;
}

/* Fragment.refresh of each fragment of two or more words, from the words in `order`: fidx[6j..6j+5] the
 * positions (in order) of the words whose x0, x1, top, bottom, size and baseline the fragment takes (the
 * first extreme one; the baseline is the median of its main-size words' baselines, sorted stably);
 * fflags[j]: 1 bold (over half its main-size characters), 2 measure it in Python (a one-word fragment, or
 * one holding a raised marker, whose text changes); out_flags bit 4: a space before the word (_join). */
static void fragment_measures(int n, const double *g, const unsigned char *in_flags, const int *nchars,
                              const int *order, int nf, const int *frag_end, unsigned char *out_flags,
                              int *fidx, unsigned char *fflags, lkey *keys)
{
    int j, t, a = 0;
    (void)n;
    for (j = 0; j < nf; j++) {
        int b = frag_end[j], m = 0, ix0 = a, ix1 = a, itop = a, ibot = a, isz = a, all;
        long chars = 0, bold = 0;
        fflags[j] = 0;
        for (t = a; t < b; t++)
            if (out_flags[order[t]] & 1)
                fflags[j] = 2;
        if (b - a < 2 || fflags[j]) {
            fflags[j] = 2;
            a = b;
            continue;
        }
        for (t = a; t < b; t++) {
            const double *q = g + 6 * order[t];
            if (q[0] < g[6 * order[ix0]]) ix0 = t;
            if (q[1] > g[6 * order[ix1] + 1]) ix1 = t;
            if (q[2] < g[6 * order[itop] + 2]) itop = t;
            if (q[3] > g[6 * order[ibot] + 3]) ibot = t;
            if (q[5] > g[6 * order[isz] + 5]) isz = t;
            if (t > a) {
                int w = order[t], p = order[t - 1];
                double ps = g[6 * p + 5], wsz = g[6 * w + 5];
                int spaced = (in_flags[w] & 4) && !(out_flags[w] & 2);
                if (spaced || g[6 * w] - g[6 * p + 1] > 0.12 * (ps > wsz ? ps : wsz))
                    out_flags[w] |= 4;
            }
        }
        /* the words of the main size; when there is none (sizes below zero), all of them, as `or ws` */
        for (all = 0; all < 2 && m == 0; all++)
            for (t = a; t < b; t++) {
                int w = order[t];
                if (all || g[6 * w + 5] >= 0.85 * g[6 * order[isz] + 5]) {
                    keys[m].a = g[6 * w + 4];
                    keys[m].b = 0.0;
                    keys[m].c = 0;
                    keys[m].idx = t;
                    m++;
                    chars += nchars[w];
                    if (in_flags[w] & 8) bold += nchars[w];
                }
            }
        qsort(keys, (size_t)m, sizeof(lkey), cmp_lkey);
        fidx[6 * j] = ix0;
        fidx[6 * j + 1] = ix1;
        fidx[6 * j + 2] = itop;
        fidx[6 * j + 3] = ibot;
        fidx[6 * j + 4] = isz;
        fidx[6 * j + 5] = keys[m / 2].idx;
        if (bold * 2 > chars)
            fflags[j] |= 1;
        a = b;
    }
}

/* Words 0..n-1 (g[6i..6i+5]: x0, x1, top, bottom, base, size; in_flags[i]: 1 small (pdf_lines'
 * is_small), 2 a footnote marker's text, 4 a real space before it) into lines and fragments by the rules
 * of pdf_lines.build_lines, _bands and _fragments, in the same floating-point steps. tol, giant, frag_gap,
 * spaced_gap: BASELINE_TOLERANCE, GIANT_RATIO, FRAGMENT_GAP, SPACED_GAP.
 * Out: order[0..n-1] the words in reading order (line by line, left to right), frag_end[j] the end (in
 * order) of fragment j, line_end[l] the end (in fragments) of line l, out_flags[i] 1: a raised footnote
 * marker (its text becomes a superscript), 2: its real space is dropped (a tiny word kept with the word
 * before it), 4: a space stands before it in its fragment's text (pdf_lines._join); fidx[6j..6j+5] and
 * fflags[j]: fragment j's measures as Fragment.refresh reads them (see fragment_measures); counts[0],
 * counts[1]: lines, fragments. in_flags[i] 8: word i is bold; nchars[i]: the length of its text. Returns 0; -1 when out of memory, -2 when a
 * measure is NaN (Python's sort orders NaN its own way: the caller then runs build_lines in Python). */
int esglens_page_lines(int n, const double *g, const unsigned char *in_flags, const int *nchars, double tol,
                       double giant, double frag_gap, double spaced_gap, int *order, int *frag_end, int *line_end,
                       unsigned char *out_flags, int *fidx, unsigned char *fflags, int *counts)
{
    int i, j, k, ng = 0, nb = 0, seq = 0, rc = -1, bsz_len = 0, nf = 0, nl = 0;
    lkey *keys = NULL;
    int *grp = NULL, *seqs = NULL, *rank = NULL, *glen = NULL, *gcap = NULL;
    double **gb = NULL, *tops = NULL, *bottoms = NULL, *bsz = NULL;
    if (n <= 0) {
        counts[0] = counts[1] = 0;
        return 0;
    }
    for (i = 0; i < 6 * n; i++)
        if (g[i] != g[i])
            return -2;
    keys = (lkey *)malloc(sizeof(lkey) * (size_t)n);
    grp = (int *)malloc(sizeof(int) * (size_t)n);
    seqs = (int *)malloc(sizeof(int) * (size_t)n);
    rank = (int *)malloc(sizeof(int) * (size_t)n);
    glen = (int *)calloc((size_t)n, sizeof(int));
    gcap = (int *)calloc((size_t)n, sizeof(int));
    gb = (double **)calloc((size_t)n, sizeof(double *));
    tops = (double *)malloc(sizeof(double) * (size_t)n);
    bottoms = (double *)malloc(sizeof(double) * (size_t)n);
    bsz = (double *)malloc(sizeof(double) * (size_t)n);
    if (!keys || !grp || !seqs || !rank || !glen || !gcap || !gb || !tops || !bottoms || !bsz)
        goto done;
    /* the big words by (baseline, x0), stable */
    for (i = 0; i < n; i++) {
        out_flags[i] = 0;
        if (in_flags[i] & 1)
            continue;
        keys[nb].a = g[6 * i + 4];
        keys[nb].b = g[6 * i];
        keys[nb].c = 0;
        keys[nb].idx = i;
        nb++;
    }
    qsort(keys, (size_t)nb, sizeof(lkey), cmp_lkey);
    /* _bands: a word joins the last band when its baseline is near the band's median baseline */
    for (k = 0; k < nb; k++) {
        int w = keys[k].idx;
        double base = g[6 * w + 4], ws = g[6 * w + 5];
        if (ng > 0) {
            int mid = glen[ng - 1] / 2;
            double gbase = gb[ng - 1][mid], gs = bsz[mid];
            double hi = gs > ws ? gs : ws, lo = gs < ws ? gs : ws;
            if (fabs(base - gbase) <= tol * hi && hi <= giant * lo) {
                grp[w] = ng - 1;
                seqs[w] = seq++;
                if (insort_d(&gb[ng - 1], &glen[ng - 1], &gcap[ng - 1], base) < 0)
                    goto done;
                {   /* the band's sizes, sorted (bisect.insort); bsz has room for n */
                    int lo2 = 0, hi2 = bsz_len;
                    while (lo2 < hi2) {
                        int m2 = (lo2 + hi2) / 2;
                        if (ws < bsz[m2]) hi2 = m2; else lo2 = m2 + 1;
                    }
                    if (bsz_len >= n)
                        goto done;
                    memmove(bsz + lo2 + 1, bsz + lo2, sizeof(double) * (size_t)(bsz_len - lo2));
                    bsz[lo2] = ws;
                    bsz_len++;
                }
                continue;
            }
        }
        grp[w] = ng;
        seqs[w] = seq++;
        if (insort_d(&gb[ng], &glen[ng], &gcap[ng], base) < 0)
            goto done;
        bsz[0] = ws;
        bsz_len = 1;
        ng++;
    }
    /* each band's top and bottom */
    for (k = 0; k < nb; k++) {
        int w = keys[k].idx;
        double t = g[6 * w + 2], b = g[6 * w + 3];
        j = grp[w];
        if (k == 0 || grp[keys[k - 1].idx] != j) {
            tops[j] = t;
            bottoms[j] = b;
        } else {
            if (t < tops[j]) tops[j] = t;
            if (b > bottoms[j]) bottoms[j] = b;
        }
    }
    /* small words join the band they overlap most (raised markers become superscripts), else stand alone */
    for (i = 0; i < n; i++) {
        int best = -1;
        double score = 0.0, wt = g[6 * i + 2], wb = g[6 * i + 3];
        if (!(in_flags[i] & 1))
            continue;
        for (j = 0; j < ng; j++) {
            double gt = tops[j], gbt = bottoms[j];
            double ov = (gbt < wb ? gbt : wb) - (gt > wt ? gt : wt);
            if (ov > score) {
                best = j;
                score = ov;
            }
        }
        if (best >= 0 && score > 0.3 * (wb - wt)) {
            double median = gb[best][glen[best] / 2];
            if (g[6 * i + 4] < median - 0.15 * g[6 * i + 5] * 2 && (in_flags[i] & 2))
                out_flags[i] |= 1;
            grp[i] = best;
            seqs[i] = seq++;
            if (insort_d(&gb[best], &glen[best], &gcap[best], g[6 * i + 4]) < 0)
                goto done;
            if (wt < tops[best]) tops[best] = wt;
            if (wb > bottoms[best]) bottoms[best] = wb;
        } else {
            if (ng >= n)
                goto done;
            grp[i] = ng;
            seqs[i] = seq++;
            if (insort_d(&gb[ng], &glen[ng], &gcap[ng], g[6 * i + 4]) < 0)
                goto done;
            tops[ng] = wt;
            bottoms[ng] = wb;
            ng++;
        }
    }
    /* lines by median baseline (stable), each line's words by x0 (stable) */
    for (j = 0; j < ng; j++) {
        keys[j].a = gb[j][glen[j] / 2];
        keys[j].b = 0.0;
        keys[j].c = 0;
        keys[j].idx = j;
    }
    qsort(keys, (size_t)ng, sizeof(lkey), cmp_lkey);
    for (j = 0; j < ng; j++)
        rank[keys[j].idx] = j;
    for (i = 0; i < n; i++) {
        keys[i].a = (double)rank[grp[i]];
        keys[i].b = g[6 * i];
        keys[i].c = seqs[i];
        keys[i].idx = i;
    }
    qsort(keys, (size_t)n, sizeof(lkey), cmp_lkey);
    /* _fragments: a gap wider than frag_gap (spaced_gap after a real space) type sizes cuts the line */
    for (k = 0; k < n; k++) {
        int w = keys[k].idx;
        order[k] = w;
        if (k == 0 || keys[k].a != keys[k - 1].a) {
            if (k > 0) {
                frag_end[nf++] = k;
                line_end[nl++] = nf;
            }
            continue;
        }
        {
            int p = keys[k - 1].idx;
            double gap = g[6 * w] - g[6 * p + 1], ps = g[6 * p + 5], wsz = g[6 * w + 5];
            double size = ps > wsz ? ps : wsz;
            double limit = (in_flags[w] & 4) ? spaced_gap : frag_gap;
            int tiny = wsz < 0.85 * ps && gap < 0.3 * size;
            if (gap > limit * size && !tiny) {
                frag_end[nf++] = k;
            } else if (tiny && gap < 0.3 * size) {
                out_flags[w] |= 2;
            }
        }
    }
    frag_end[nf++] = n;
    line_end[nl++] = nf;
    fragment_measures(n, g, in_flags, nchars, order, nf, frag_end, out_flags, fidx, fflags, keys);
    counts[0] = nl;
    counts[1] = nf;
    rc = 0;
done:
    if (gb)
        for (i = 0; i < n; i++)
            free(gb[i]);
    free(keys); free(grp); free(seqs); free(rank); free(glen); free(gcap); free(gb);
    free(tops); free(bottoms); free(bsz);
    return rc;
}

/* The page objects' part of read/pdf_rulings.py (page_rulings) in one call per page: for objects 0..n-1 of
 * the page, the same pdfium calls that loop makes from Python. ok[i] = 1 when object i is a path
 * (its type is path_type) whose bounds pdfium gives; then box[4i..4i+3] = left, bottom, right, top,
 * fill[i] bit 1: pdfium gives its draw mode and the fill mode is not 0, bit 2: pdfium gives its fill colour
 * and its alpha is not 0, and rgb[3i..3i+2] that colour. The getters only read the object, so asking them
 * of every path (Python asks only a shape of a chart's size) changes nothing. Returns n. */
typedef void *(*get_object_fn)(void *page, int index);
typedef int (*obj_type_fn)(void *obj);
typedef int (*obj_bounds_fn)(void *obj, float *left, float *bottom, float *right, float *top);
typedef int (*draw_mode_fn)(void *obj, int *fillmode, int *stroke);
typedef int (*fill_color_fn)(void *obj, unsigned int *r, unsigned int *g, unsigned int *b, unsigned int *a);

int esglens_page_paths(void *page, int n, int path_type, void *get_object, void *get_type, void *get_bounds,
                       void *draw_mode, void *fill_color, unsigned char *ok, float *box, unsigned char *fill,
                       unsigned int *rgb)
{
    get_object_fn obj_at = (get_object_fn)get_object;
    obj_type_fn type_of = (obj_type_fn)get_type;
    obj_bounds_fn bounds = (obj_bounds_fn)get_bounds;
    draw_mode_fn mode = (draw_mode_fn)draw_mode;
    fill_color_fn colour = (fill_color_fn)fill_color;
    int i, fillmode, stroke;
    unsigned int r, g, b, a;
    for (i = 0; i < n; i++) {
        void *obj = obj_at(page, i);
        if (type_of(obj) != path_type || !bounds(obj, box + 4 * i, box + 4 * i + 1, box + 4 * i + 2, box + 4 * i + 3))
            continue;
        ok[i] = 1;
        fillmode = stroke = 0;
        if (mode(obj, &fillmode, &stroke) && fillmode)
            fill[i] |= 1;
        r = g = b = a = 0;
        if (colour(obj, &r, &g, &b, &a) && a)
            fill[i] |= 2;
        rgb[3 * i] = r;
        rgb[3 * i + 1] = g;
        rgb[3 * i + 2] = b;
    }
    return n;
}
