// CICUBridge: the only code in Contraste that includes ICU headers.
//
// This public header uses only <stdint.h> types and opaque pointers on purpose: Foundation on
// Linux carries a private ICU whose types clash with Debian's ICU 72 if a Swift module sees both.
// Every function reports ICU errors through `status` (0 = success, > 0 = ICU error code).
#ifndef CICUBRIDGE_H
#define CICUBRIDGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Name of an ICU error code, e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *cicu_error_name(int32_t status);

/// ICU's version, e.g. "72.1", written to `buffer` (NUL-terminated).
void cicu_version(char *buffer, int32_t capacity);

// MARK: Transliterator (utrans)

typedef struct CICUTransliterator CICUTransliterator;

/// Opens a transliterator from a compound ID such as "NFD; [:Nonspacing Mark:] Remove; NFC; Lower".
CICUTransliterator *cicu_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *status);

/// Transliterates `text` in place. Returns the new length; if it exceeds `capacity`, `status` is a
/// buffer overflow error and the caller retries with a larger buffer.
int32_t cicu_transliterator_apply(
  CICUTransliterator *handle, uint16_t *text, int32_t length, int32_t capacity, int32_t *status);

void cicu_transliterator_close(CICUTransliterator *handle);

// MARK: Folding (unorm2, u_strToLower)

/// Folds `text` as the transliterator "NFD; [:Nonspacing Mark:] Remove; NFC; Lower" does, or
/// with `keepEnye` as "NFC; [^ñÑ] NFD; [:Nonspacing Mark:] Remove; NFC; Lower", without opening
/// one (which costs ICU's transliterator registry). `text` must be well-formed UTF-16 (on lone
/// surrogates the two can differ). Writes UTF-16 to `destination`; returns the needed length,
/// with a buffer overflow error when it exceeds `capacity`.
int32_t cicu_fold(
  const uint16_t *text, int32_t length, int32_t keepEnye, uint16_t *destination, int32_t capacity,
  int32_t *status);

// MARK: Character properties (for building the fast folding table)

/// 1 when NFC has a boundary before `c` (it never combines with what precedes it).
int32_t cicu_nfc_has_boundary_before(uint32_t c);
/// 1 when NFC has a boundary after `c` (nothing that follows combines with it).
int32_t cicu_nfc_has_boundary_after(uint32_t c);
/// 1 when `c` has the Unicode property Cased.
int32_t cicu_is_cased(uint32_t c);
/// 1 when `c` has the Unicode property Case_Ignorable.
int32_t cicu_is_case_ignorable(uint32_t c);
/// 1 when `c` is a nonspacing mark (general category Mn).
int32_t cicu_is_nonspacing_mark(uint32_t c);

// MARK: Break iteration (ubrk)

typedef struct CICUBreakIterator CICUBreakIterator;

enum { CICU_BREAK_WORD = 1, CICU_BREAK_SENTENCE = 3 };

/// Opens a break iterator of `kind` for `locale` (e.g. "es@ss=standard").
CICUBreakIterator *cicu_break_open(int32_t kind, const char *locale, int32_t *status);

/// Sets the text to iterate. The iterator keeps its own copy of `text`.
void cicu_break_set_text(
  CICUBreakIterator *handle, const uint16_t *text, int32_t length, int32_t *status);

/// The next boundary (UTF-16 offset), or -1 at the end.
int32_t cicu_break_next(CICUBreakIterator *handle);

/// The rule status of the boundary last returned (word iterators: 0 none, 100 number, 200 letter…).
int32_t cicu_break_rule_status(CICUBreakIterator *handle);

/// Every sentence boundary of `text` (UTF-16 offsets after its start, ascending, the text's
/// length last), the same as setting the text and calling `cicu_break_next` until the end, but
/// ICU runs only on windows around terminators. `boundaries` must hold `length` + 1 offsets.
/// Returns how many were written. The iterator is left on an empty text: set one before
/// calling `cicu_break_next` again.
int32_t cicu_break_sentences(
  CICUBreakIterator *handle, const uint16_t *text, int32_t length, int32_t *boundaries, int32_t *status);

void cicu_break_close(CICUBreakIterator *handle);

// MARK: Charset detection and conversion (ucsdet, ucnv)

/// Detects the charset of `bytes`; writes its name to `name` and a 0–100 confidence.
/// Returns 1 when a charset was found, 0 otherwise.
int32_t cicu_detect_charset(
  const char *bytes, int32_t length, char *name, int32_t nameCapacity, int32_t *confidence,
  int32_t *status);

/// Converts `bytes` in `charset` to UTF-16. Returns the needed length; stops with an error on an
/// illegal or unmappable byte instead of substituting it.
int32_t cicu_convert_to_utf16(
  const char *charset, const char *bytes, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *status);

// MARK: Date symbols and case mapping

enum { CICU_SYMBOL_MONTH = 0, CICU_SYMBOL_SHORT_MONTH = 1, CICU_SYMBOL_WEEKDAY = 2 };

/// Writes the `index`-th symbol of `kind` for `locale` (months 0–11, weekdays 1–7 from Sunday).
int32_t cicu_date_symbol(
  const char *locale, int32_t kind, int32_t index, uint16_t *destination, int32_t capacity,
  int32_t *status);

/// Full uppercase mapping of `source` for `locale`.
int32_t cicu_to_upper(
  const char *locale, const uint16_t *source, int32_t length, uint16_t *destination,
  int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
