#include "CMinHash.h"

/// SplitMix64's finaliser, as `DependenceDetector.mix` in Swift.
static inline uint64_t mix(uint64_t z) {
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

#if defined(__x86_64__) && defined(__linux__)
__attribute__((target_clones("avx2", "sse4.1", "default")))
#endif
void cminhash_signature(const uint32_t *shingles, size_t count, uint32_t out[64]) {
  int32_t smallest[64];
  for (int j = 0; j < 64; j++) smallest[j] = INT32_MAX;
  for (size_t s = 0; s < count; s++) {
    uint64_t hash = mix(shingles[s]);
    uint32_t first = (uint32_t)hash ^ 0x80000000u;
    uint32_t step = (uint32_t)(hash >> 32) | 1u;
    // Unsigned arithmetic wraps by definition; the sum is then read as signed.
    for (int j = 0; j < 64; j++) {
      int32_t value = (int32_t)(first + (uint32_t)j * step);
      smallest[j] = value < smallest[j] ? value : smallest[j];
    }
  }
  for (int j = 0; j < 64; j++) out[j] = (uint32_t)smallest[j] ^ 0x80000000u;
}

#if defined(__x86_64__) && defined(__linux__)
__attribute__((target_clones("avx512dq", "default")))
#endif
void cminhash_shingles(const uint64_t *words, size_t count, uint64_t *out) {
  const uint64_t seed = 0xCBF29CE484222325ULL;
  size_t total = count - 4;
  size_t start = 0;
  // Eight shingles at a time, one lane each: the inner loop over lanes vectorises.
  for (; start + 8 <= total; start += 8) {
    uint64_t value[8];
    for (int lane = 0; lane < 8; lane++) value[lane] = seed;
    for (int word = 0; word < 5; word++) {
      for (int lane = 0; lane < 8; lane++) value[lane] = mix(value[lane] ^ words[start + lane + word]);
    }
    for (int lane = 0; lane < 8; lane++) out[start + lane] = value[lane];
  }
  for (; start < total; start++) {
    uint64_t value = seed;
    for (int word = 0; word < 5; word++) value = mix(value ^ words[start + word]);
    out[start] = value;
  }
}

/// Positions where two signatures agree: a loop the compiler turns into vector compares.
static inline int agreements(const uint32_t *a, const uint32_t *b) {
  int same = 0;
  for (int j = 0; j < 64; j++) same += a[j] == b[j];
  return same;
}

#if defined(__x86_64__) && defined(__linux__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
size_t cminhash_similar_pairs(
    const uint32_t *signatures, const int64_t *members, size_t count, int minimum, uint16_t *out) {
  size_t found = 0;
  for (size_t second = 1; second < count; second++) {
    const uint32_t *b = signatures + (size_t)members[second] * 64;
    for (size_t first = 0; first < second; first++) {
      const uint32_t *a = signatures + (size_t)members[first] * 64;
      if (agreements(a, b) >= minimum) out[found++] = (uint16_t)(second << 8 | first);
    }
  }
  return found;
}

/// Common values of two sorted arrays of distinct values, merged one value at a time without
/// branches on the data (which side advances is as unpredictable as the data).
static size_t common_tail(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, size_t i, size_t j) {
  size_t common = 0;
  while (i < na && j < nb) {
    uint32_t x = a[i], y = b[j];
    common += x == y;
    i += x <= y;
    j += y <= x;
  }
  return common;
}

#if defined(__x86_64__) && defined(__linux__)
#include <immintrin.h>

/// Eight values of each side at a time: every value of one block is compared with every value
/// of the other (the other rotated seven times), and the block that ends lower moves on. A
/// value is in the other array at most once, so each common value is counted once; the merge
/// that finishes the arrays skips what the blocks already compared (it is below its position).
__attribute__((target("avx2"))) static size_t common_avx2(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  const __m256i rotate = _mm256_setr_epi32(1, 2, 3, 4, 5, 6, 7, 0);
  size_t i = 0, j = 0, common = 0;
  while (i + 8 <= na && j + 8 <= nb) {
    __m256i x = _mm256_loadu_si256((const __m256i *)(a + i));
    __m256i y = _mm256_loadu_si256((const __m256i *)(b + j));
    __m256i same = _mm256_cmpeq_epi32(x, y);
    for (int turn = 1; turn < 8; turn++) {
      y = _mm256_permutevar8x32_epi32(y, rotate);
      same = _mm256_or_si256(same, _mm256_cmpeq_epi32(x, y));
    }
    common += (size_t)__builtin_popcount((unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(same)));
    uint32_t lastA = a[i + 7], lastB = b[j + 7];
    i += lastA <= lastB ? 8 : 0;
    j += lastB <= lastA ? 8 : 0;
  }
  return common + common_tail(a, na, b, nb, i, j);
}
#endif

size_t cminhash_common(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
#if defined(__x86_64__) && defined(__linux__)
  if (__builtin_cpu_supports("avx2")) return common_avx2(a, na, b, nb);
#endif
  return common_tail(a, na, b, nb, 0, 0);
}
