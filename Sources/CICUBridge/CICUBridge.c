// ICU 72 from Debian's libicu-dev. ICU's headers rename every function with a `_72` suffix
// through macros, which is why these calls live in C and not in Swift.
#include "CICUBridge.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/udat.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void cicu_version(char *buffer, int32_t capacity) {
  UVersionInfo info;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(info);
  u_versionToString(info, text);
  if (capacity > 0) {
    strncpy(buffer, text, (size_t)capacity - 1);
    buffer[capacity - 1] = 0;
  }
}

// MARK: Transliterator

CICUTransliterator *cicu_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UParseError parseError;
  UTransliterator *handle =
    utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, &parseError, &error);
  *status = error;
  return (CICUTransliterator *)handle;
}

int32_t cicu_transliterator_apply(
  CICUTransliterator *handle, uint16_t *text, int32_t length, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars(
    (UTransliterator *)handle, (UChar *)text, &textLength, capacity, 0, &limit, &error);
  *status = error;
  return textLength;
}

void cicu_transliterator_close(CICUTransliterator *handle) {
  if (handle) utrans_close((UTransliterator *)handle);
}

// MARK: Folding without a transliterator

static const UNormalizer2 *nfc(void) {
  UErrorCode error = U_ZERO_ERROR;
  return unorm2_getNFCInstance(&error);
}

// Normalises `source` with `normalizer` into a new buffer (NULL on error).
static UChar *normalize_copy(
  const UNormalizer2 *normalizer, const UChar *source, int32_t length, int32_t *outLength,
  UErrorCode *error) {
  int32_t needed = unorm2_normalize(normalizer, source, length, NULL, 0, error);
  if (*error != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(*error)) return NULL;
  *error = U_ZERO_ERROR;
  UChar *result = malloc(sizeof(UChar) * (size_t)(needed + 1));
  if (!result) {
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  *outLength = unorm2_normalize(normalizer, source, length, result, needed + 1, error);
  if (U_FAILURE(*error)) {
    free(result);
    return NULL;
  }
  return result;
}

static int32_t is_enye(UChar c) { return c == 0x00F1 || c == 0x00D1; }

int32_t cicu_fold(
  const uint16_t *text, int32_t length, int32_t keepEnye, uint16_t *destination, int32_t capacity,
  int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *nfcInstance = nfc();
  const UNormalizer2 *nfdInstance = unorm2_getNFDInstance(&error);
  if (!nfcInstance || U_FAILURE(error)) {
    if (!U_FAILURE(error)) error = U_MISSING_RESOURCE_ERROR;
    *status = error;
    return 0;
  }
  // Step 1 (keepEnye): NFC, so a decomposed `n` + U+0303 becomes `ñ` before it is protected.
  int32_t composedLength = length;
  UChar *composed = NULL;
  if (keepEnye) {
    composed = normalize_copy(nfcInstance, (const UChar *)text, length, &composedLength, &error);
    if (!composed) {
      *status = error;
      return 0;
    }
  }
  const UChar *input = composed ? composed : (const UChar *)text;
  // Step 2: NFD, run by run between the protected letters (as a filtered transliterator does).
  // NFD grows text at most fourfold (ICU 72: U+1F82); sized in 64 bits so a huge text is an
  // error, not an overflow.
  int64_t wanted = (int64_t)composedLength * 4 + 16;
  if (wanted > INT32_MAX) {
    free(composed);
    *status = U_INDEX_OUTOFBOUNDS_ERROR;
    return 0;
  }
  int32_t bufferCapacity = (int32_t)wanted;
  UChar *decomposed = malloc(sizeof(UChar) * (size_t)bufferCapacity);
  int32_t decomposedLength = 0;
  int32_t start = 0;
  while (decomposed && start < composedLength) {
    if (keepEnye && is_enye(input[start])) {
      decomposed[decomposedLength++] = input[start++];
      continue;
    }
    int32_t end = start;
    while (end < composedLength && !(keepEnye && is_enye(input[end]))) end++;
    int32_t written = unorm2_normalize(
      nfdInstance, input + start, end - start, decomposed + decomposedLength,
      bufferCapacity - decomposedLength, &error);
    if (U_FAILURE(error)) break;
    decomposedLength += written;
    start = end;
  }
  free(composed);
  if (!decomposed || U_FAILURE(error)) {
    free(decomposed);
    *status = decomposed ? error : U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  // Step 3: drop nonspacing marks (general category Mn), whole code points.
  int32_t kept = 0;
  for (int32_t index = 0; index < decomposedLength;) {
    UChar32 c;
    int32_t begin = index;
    U16_NEXT(decomposed, index, decomposedLength, c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    while (begin < index) decomposed[kept++] = decomposed[begin++];
  }
  // Step 4: NFC. Step 5: lowercase (root locale, with ICU's final-sigma context).
  int32_t recomposedLength = 0;
  UChar *recomposed = normalize_copy(nfcInstance, decomposed, kept, &recomposedLength, &error);
  free(decomposed);
  if (!recomposed) {
    *status = error;
    return 0;
  }
  int32_t result = u_strToLower(
    (UChar *)destination, capacity, recomposed, recomposedLength, "", &error);
  free(recomposed);
  *status = error;
  return result;
}

// MARK: Properties

int32_t cicu_nfc_has_boundary_before(uint32_t c) {
  const UNormalizer2 *n = nfc();
  return n ? unorm2_hasBoundaryBefore(n, (UChar32)c) : 0;
}

int32_t cicu_nfc_has_boundary_after(uint32_t c) {
  const UNormalizer2 *n = nfc();
  return n ? unorm2_hasBoundaryAfter(n, (UChar32)c) : 0;
}

int32_t cicu_is_cased(uint32_t c) { return u_hasBinaryProperty((UChar32)c, UCHAR_CASED); }

int32_t cicu_is_case_ignorable(uint32_t c) {
  return u_hasBinaryProperty((UChar32)c, UCHAR_CASE_IGNORABLE);
}

int32_t cicu_is_nonspacing_mark(uint32_t c) {
  return u_charType((UChar32)c) == U_NON_SPACING_MARK;
}

// MARK: Break iteration

struct CICUBreakIterator {
  UBreakIterator *iterator;
  UChar *text;
  /// Sentence-break classes of U+0000…U+00FF, built on first use.
  uint8_t *latin;
  /// 1 when the ASCII terminators and separators are the five `quiet_prefix8` looks for.
  int asciiTerms;
};

CICUBreakIterator *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
  *status = error;
  if (U_FAILURE(error)) return NULL;
  CICUBreakIterator *handle = calloc(1, sizeof(CICUBreakIterator));
  if (!handle) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  handle->iterator = iterator;
  return handle;
}

void cicu_break_set_text(
  CICUBreakIterator *handle, const uint16_t *text, int32_t length, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UChar *copy = malloc(sizeof(UChar) * (size_t)(length > 0 ? length : 1));
  if (!copy) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return;
  }
  if (length > 0) memcpy(copy, text, sizeof(UChar) * (size_t)length);
  ubrk_setText(handle->iterator, copy, length, &error);
  free(handle->text);
  handle->text = copy;
  *status = error;
}

int32_t cicu_break_next(CICUBreakIterator *handle) {
  int32_t next = ubrk_next(handle->iterator);
  return next == UBRK_DONE ? -1 : next;
}

int32_t cicu_break_rule_status(CICUBreakIterator *handle) {
  return ubrk_getRuleStatus(handle->iterator);
}

// Sentence boundaries in windows. Under UAX #29 (which ICU's sentence rules implement) a
// sentence boundary only follows a terminator (STerm, ATerm) with closers and spaces after it,
// a paragraph separator, or the end of the text. So ICU only needs to see each terminator with
// some words of context on both sides: the word before it (for `Sr.`-style suppressions and the
// `Upper ATerm Upper` rule) and the text up to the next letters after it (for the rule that
// continues a sentence before a lower-case word). Everything else is ordinary prose that ICU
// would only step through. `SentenceWindowTests` checks that the result equals ICU's on whole
// texts.

enum { SB_OTHER = 0, SB_TERM = 1, SB_PARA = 2, SB_SPACE = 3, SB_LETTER = 4 };

static int sentence_class_of(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
  case U_SB_ATERM:
  case U_SB_STERM: return SB_TERM;
  case U_SB_SEP:
  case U_SB_CR:
  case U_SB_LF: return SB_PARA;
  case U_SB_SP: return SB_SPACE;
  case U_SB_UPPER:
  case U_SB_LOWER:
  case U_SB_OLETTER: return SB_LETTER;
  default: return SB_OTHER;
  }
}

typedef struct {
  const UChar *text;
  int32_t length;
  const uint8_t *latin;
} SentenceText;

// The class of the code point at `index` and its length in code units.
static inline int sentence_class(const SentenceText *t, int32_t index, int32_t *units) {
  UChar unit = t->text[index];
  *units = 1;
  if (unit < 0x100) return t->latin[unit];
  UChar32 c = unit;
  if (U16_IS_LEAD(unit) && index + 1 < t->length && U16_IS_TRAIL(t->text[index + 1])) {
    c = U16_GET_SUPPLEMENTARY(unit, t->text[index + 1]);
    *units = 2;
  }
  return sentence_class_of(c);
}

// The class of the code point that ends at `index` (not before `floor`) and its length.
static inline int sentence_class_before(const SentenceText *t, int32_t index, int32_t floor, int32_t *units) {
  UChar unit = t->text[index - 1];
  *units = 1;
  if (unit < 0x100) return t->latin[unit];
  if (U16_IS_TRAIL(unit) && index - 2 >= floor && U16_IS_LEAD(t->text[index - 2])) {
    *units = 2;
    return sentence_class_of(U16_GET_SUPPLEMENTARY(t->text[index - 2], unit));
  }
  return U16_IS_SURROGATE(unit) ? SB_OTHER : sentence_class_of(unit);
}

// Where a window for the terminator at `term` starts: at the start of the word before the one
// that ends in it (an ICU suppression such as `EE.UU.` is one word), never before `limit`.
static int32_t window_start(const SentenceText *t, int32_t term, int32_t limit) {
  int32_t index = term;
  int gaps = 0;
  int32_t wordStart = index;
  int spaced = 0;
  while (index > limit) {
    int32_t width = 1;
    int kind = sentence_class_before(t, index, limit, &width);
    if (kind == SB_PARA) break;
    if (kind == SB_SPACE) {
      if (!spaced) {
        gaps++;
        if (gaps >= 2) return wordStart;
      }
      spaced = 1;
    } else {
      spaced = 0;
      wordStart = index - width;
    }
    index -= width;
  }
  return index;
}

// Where a window for the terminator at `term` ends: past the closers, spaces, digits and marks
// after it and the word that starts with the first letter, or just before a paragraph separator.
static int32_t window_end(const SentenceText *t, int32_t term) {
  int32_t units = 1;
  int32_t index = term;
  sentence_class(t, index, &units);
  index += units;
  while (index < t->length) {
    int kind = sentence_class(t, index, &units);
    if (kind == SB_PARA) return index;
    if (kind == SB_LETTER) break;
    index += units;
  }
  // The word, then the spaces after it.
  while (index < t->length) {
    int kind = sentence_class(t, index, &units);
    if (kind == SB_PARA) return index;
    if (kind == SB_SPACE) break;
    index += units;
  }
  while (index < t->length) {
    int kind = sentence_class(t, index, &units);
    if (kind == SB_PARA) return index;
    if (kind != SB_SPACE) break;
    index += units;
  }
  return index;
}

typedef uint16_t Units8 __attribute__((vector_size(16)));

// How many of the eight units at `text` come before the first that is not ASCII or is `.`,
// `!`, `?`, LF or CR (8 when there is none).
static inline int32_t quiet_prefix8(const UChar *text) {
  Units8 units;
  memcpy(&units, text, sizeof units);
  Units8 loud = (units == '.') | (units == '!') | (units == '?') | (units == '\n') | (units == '\r')
                | (units >= 0x80);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t halves[2];
  memcpy(halves, &loud, sizeof halves);
  // A loud lane is sixteen set bits; on a little-endian machine the first lane is lowest.
  if (halves[0]) return (int32_t)(__builtin_ctzll(halves[0]) / 16);
  if (halves[1]) return 4 + (int32_t)(__builtin_ctzll(halves[1]) / 16);
  return 8;
#else
  for (int32_t lane = 0; lane < 8; lane++) {
    if (loud[lane]) return lane;
  }
  return 8;
#endif
}

// Leaves the iterator on an empty text: it must not keep pointing into the caller's buffer.
static void forget_text(CICUBreakIterator *handle) {
  static const UChar none[1] = {0};
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(handle->iterator, none, 0, &error);
}

static inline void append_boundary(int32_t *boundaries, int32_t *count, int32_t offset) {
  if (*count == 0 || boundaries[*count - 1] < offset) boundaries[(*count)++] = offset;
}

int32_t cicu_break_sentences(
  CICUBreakIterator *handle, const uint16_t *text, int32_t length, int32_t *boundaries, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  if (!handle->latin) {
    handle->latin = malloc(256);
    if (!handle->latin) {
      *status = U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    for (UChar32 c = 0; c < 256; c++) handle->latin[c] = (uint8_t)sentence_class_of(c);
    // `quiet_prefix8` knows the ASCII terminators and separators by name; it is used only if they
    // are what this ICU says.
    int expected = 1;
    for (int c = 0; c < 0x80; c++) {
      int named = c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
      int found = handle->latin[c] == SB_TERM || handle->latin[c] == SB_PARA;
      if (named != found) expected = 0;
    }
    handle->asciiTerms = expected;
  }
  SentenceText t = {(const UChar *)text, length, handle->latin};
  int32_t count = 0;
  int32_t paragraph = 0;
  int32_t index = 0;
  const uint8_t *latin = handle->latin;
  while (index < length) {
    // Most of a text is neither a terminator nor a separator: stepped over eight units at a
    // time up to the first that is not ASCII or may be one, which is then looked at alone.
    for (;;) {
      if (handle->asciiTerms && index + 8 <= length) {
        int32_t quiet = quiet_prefix8(t.text + index);
        index += quiet;
        if (quiet == 8) continue;
      }
      if (index < length && t.text[index] < 0x100 && latin[t.text[index]] != SB_TERM
          && latin[t.text[index]] != SB_PARA) {
        index++;
        continue;
      }
      break;
    }
    if (index >= length) break;
    int32_t units = 1;
    int kind = sentence_class(&t, index, &units);
    if (kind == SB_PARA) {
      int32_t end = index + 1;
      if (t.text[index] == 0x0D && end < length && t.text[end] == 0x0A) end++;
      append_boundary(boundaries, &count, end);
      paragraph = end;
      index = end;
      continue;
    }
    if (kind != SB_TERM) {
      index += units;
      continue;
    }
    // A window from before this terminator to after the last terminator its lookahead meets.
    int32_t first = index;
    int32_t start = window_start(&t, index, paragraph);
    int32_t end = window_end(&t, index);
    // Only a terminator after the last letter of the window's last word (`EE.UU.`, `fin. Otra.`)
    // looks past the window; any other reaches the same first letter and word. Extending from
    // the last such terminator keeps the walk linear (`a.a.a…` is one word with a terminator
    // at every other unit).
    for (;;) {
      // Back from the end: the spaces after the last word, then its tail up to its last letter.
      int32_t tail = end;
      int32_t last = -1;
      int spaces = 1;
      while (tail > first) {
        int32_t width = 1;
        int kind = sentence_class_before(&t, tail, first, &width);
        if (kind == SB_SPACE && spaces) {
          tail -= width;
          continue;
        }
        spaces = 0;
        if (kind == SB_LETTER || kind == SB_SPACE || kind == SB_PARA) break;
        if (kind == SB_TERM && last < 0) last = tail - width;
        tail -= width;
      }
      if (last < 0) break;
      int32_t further = window_end(&t, last);
      if (further <= end) break;
      end = further;
    }
    // ICU sees one unit past the window: a suppression's forward match (`a. C.`) must meet
    // the unit that ends it, as on the whole text, not the window's end.
    ubrk_setText(handle->iterator, t.text + start, (end < length ? end + 1 : end) - start, &error);
    if (U_FAILURE(error)) {
      forget_text(handle);
      *status = error;
      return count;
    }
    // Only boundaries after the first terminator count; the window's own end is not one
    // (unless it is the text's).
    for (int32_t next = ubrk_next(handle->iterator); next != UBRK_DONE; next = ubrk_next(handle->iterator)) {
      if (start + next <= first) continue;
      if (start + next >= end) {
        if (end == length) append_boundary(boundaries, &count, length);
        break;
      }
      append_boundary(boundaries, &count, start + next);
    }
    index = end;
  }
  if (length > 0) append_boundary(boundaries, &count, length);
  forget_text(handle);
  *status = 0;
  return count;
}

void cicu_break_close(CICUBreakIterator *handle) {
  if (!handle) return;
  ubrk_close(handle->iterator);
  free(handle->text);
  free(handle->latin);
  free(handle);
}

// MARK: Charset detection and conversion

int32_t cicu_detect_charset(
  const char *bytes, int32_t length, char *name, int32_t nameCapacity, int32_t *confidence,
  int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t found = 0;
  UCharsetDetector *detector = ucsdet_open(&error);
  if (U_SUCCESS(error)) ucsdet_setText(detector, bytes, length, &error);
  const UCharsetMatch *match = U_SUCCESS(error) ? ucsdet_detect(detector, &error) : NULL;
  if (U_SUCCESS(error) && match) {
    const char *matchName = ucsdet_getName(match, &error);
    *confidence = ucsdet_getConfidence(match, &error);
    if (U_SUCCESS(error) && matchName && nameCapacity > 0) {
      strncpy(name, matchName, (size_t)nameCapacity - 1);
      name[nameCapacity - 1] = 0;
      found = 1;
    }
  }
  if (detector) ucsdet_close(detector);
  *status = error;
  return found;
}

int32_t cicu_convert_to_utf16(
  const char *charset, const char *bytes, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UConverter *converter = ucnv_open(charset, &error);
  int32_t written = 0;
  if (U_SUCCESS(error)) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &error);
  }
  if (U_SUCCESS(error)) {
    written = ucnv_toUChars(converter, (UChar *)destination, capacity, bytes, length, &error);
  }
  if (converter) ucnv_close(converter);
  *status = error;
  return written;
}

// MARK: Date symbols and case mapping

int32_t cicu_date_symbol(
  const char *locale, int32_t kind, int32_t index, uint16_t *destination, int32_t capacity,
  int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  UDateFormat *format = udat_open(UDAT_NONE, UDAT_LONG, locale, NULL, 0, NULL, 0, &error);
  int32_t written = 0;
  UDateFormatSymbolType type =
    kind == CICU_SYMBOL_MONTH ? UDAT_MONTHS
    : kind == CICU_SYMBOL_SHORT_MONTH ? UDAT_SHORT_MONTHS
    : UDAT_WEEKDAYS;
  if (U_SUCCESS(error)) {
    written = udat_getSymbols(format, type, index, (UChar *)destination, capacity, &error);
  }
  if (format) udat_close(format);
  *status = error;
  return written;
}

int32_t cicu_to_upper(
  const char *locale, const uint16_t *source, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t written = u_strToUpper(
    (UChar *)destination, capacity, (const UChar *)source, length, locale, &error);
  *status = error;
  return written;
}
