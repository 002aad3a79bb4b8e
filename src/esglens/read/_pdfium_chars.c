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
