#ifndef CMINHASH_H
#define CMINHASH_H

#include <stddef.h>
#include <stdint.h>

/// The comparer's MinHash signature of `count` shingles, in C so that the 64 hash functions
/// run as vector multiplies: on x86-64 the function is compiled for AVX2 and SSE 4.1 as well
/// as the baseline, and the loader picks the best the processor has (baseline x86-64, which
/// Swift code is compiled for, has no 32-bit vector multiply or minimum).
///
/// Function `j` (0–63) of a shingle is `first + j * step` (wrapping, 32 bits) where `first` is
/// the low half of its mixed 64-bit hash with the top bit flipped and `step` the high half with
/// the low bit set; `out[j]` is the smallest value of function `j` in signed order, top bit
/// flipped back (so unsigned order). With no shingles every `out[j]` is 0xFFFFFFFF.
void cminhash_signature(const uint32_t *shingles, size_t count, uint32_t out[64]);

/// The comparer's word 5-gram hashes: for each `start` from 0 to `count - 5`, `out[start]` is
/// the FNV offset basis put through SplitMix64's finaliser once per word, each word's hash
/// xored in first (`DependenceDetector.shingles(words:)`). Several shingles are hashed side by
/// side, so the multiplies become vector multiplies where the processor has 64-bit ones.
/// `out` has room for `count - 4` values; `count` is at least 5.
void cminhash_shingles(const uint64_t *words, size_t count, uint64_t *out);

/// The pairs of a bucket whose signatures agree in at least `minimum` of their 64 positions.
///
/// `members` are `count` (at most 256) indices into `signatures` (64 values each, one after
/// another). Each pair `first < second` of positions in the bucket that passes is written to
/// `out` as `second << 8 | first`, by `second` then `first`; `out` has room for every pair.
/// Returns how many were written.
size_t cminhash_similar_pairs(
    const uint32_t *signatures, const int64_t *members, size_t count, int minimum, uint16_t *out);

/// How many values two arrays have in common; each is sorted ascending with no value twice.
/// Eight values of each are compared at a time where the processor has AVX2.
size_t cminhash_common(const uint32_t *a, size_t na, const uint32_t *b, size_t nb);

#endif
