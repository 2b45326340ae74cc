#pragma once
// The in-situ parser's two inner loops, 16 bytes at a time: skipping
// whitespace and finding where a string's plain run ends. RapidJSON reads
// both a byte at a time unless built with its own SIMD switches, which
// fhir/json_parse.cpp does not use (docs/performance.md: Debian's 1.1 lets
// 0x1A-0x1F through unescaped, and its aligned loads read past a buffer).
// These loads are unaligned and stay inside the buffer: every buffer given
// to the in-situ parser ends in a NUL and then kJsonScanPadding more bytes,
// and each scan stops at that NUL at the latest (NUL is neither whitespace
// nor a plain string byte). Same bytes accepted, same offsets reported.
//
// Only fhir/json_parse.cpp may include this: the specialisations below must
// be seen wherever the reader is instantiated over an InsituStringStream,
// and that file is the only one that does.
#include <cstddef>
#include <cstring>

#include <rapidjson/reader.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace spinecds::fhir::json_scan {

inline constexpr std::size_t kJsonScanPadding = 16;

inline bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The first byte at or after `p` that is not JSON whitespace.
inline char* skip_space(char* p) {
  if (!is_space(*p)) return p;  // most gaps are none or one byte (": ")
#ifdef __SSE2__
  const __m128i sp = _mm_set1_epi8(' '), nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                tab = _mm_set1_epi8('\t');
  for (;; p += 16) {
    const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(s, sp), _mm_cmpeq_epi8(s, nl)),
                                    _mm_or_si128(_mm_cmpeq_epi8(s, cr), _mm_cmpeq_epi8(s, tab)));
    const unsigned other = ~static_cast<unsigned>(_mm_movemask_epi8(ws)) & 0xFFFFu;
    if (other != 0) return p + __builtin_ctz(other);
  }
#else
  while (is_space(*p)) ++p;
  return p;
#endif
}

// Bits set for the bytes of the 16 at `p` that end a string's plain run: a
// quote, a backslash, or a byte below 0x20 (its top three bits clear).
#ifdef __SSE2__
inline unsigned stops_in(const char* p) {
  const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i quote = _mm_cmpeq_epi8(s, _mm_set1_epi8('"'));
  const __m128i slash = _mm_cmpeq_epi8(s, _mm_set1_epi8('\\'));
  const __m128i control =
      _mm_cmpeq_epi8(_mm_and_si128(s, _mm_set1_epi8(static_cast<char>(0xE0))), _mm_setzero_si128());
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(quote, slash), control)));
}
#endif

inline bool is_stop(char c) {
  return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
}

// The first byte at or after `p` that ends a string's plain run.
inline char* string_stop(char* p) {
#ifdef __SSE2__
  for (;; p += 16) {
    if (const unsigned m = stops_in(p); m != 0) return p + __builtin_ctz(m);
  }
#else
  while (!is_stop(*p)) ++p;
  return p;
#endif
}

}  // namespace spinecds::fhir::json_scan

namespace rapidjson {

template <>
inline void SkipWhitespace(InsituStringStream& is) {
  is.src_ = spinecds::fhir::json_scan::skip_space(is.src_);
}

// Moves the plain run of a string being unescaped in place: the reader then
// handles the byte it stopped at (closing quote, escape, control) as before.
template <>
template <>
inline void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ScanCopyUnescapedString(
    InsituStringStream& is, InsituStringStream& os) {
  (void)os;  // the same stream: it writes behind where it reads
  namespace scan = spinecds::fhir::json_scan;
  if (is.src_ == is.dst_) {  // nothing unescaped yet: the run stays where it is
    char* stop = scan::string_stop(is.src_);
    is.dst_ = stop;
    is.src_ = stop;
    return;
  }
  char* p = is.src_;
  char* q = is.dst_;
#ifdef __SSE2__
  for (;;) {
    const unsigned m = scan::stops_in(p);
    if (m != 0) {
      const auto n = static_cast<std::size_t>(__builtin_ctz(m));
      std::memmove(q, p, n);
      p += n;
      q += n;
      break;
    }
    // q is behind p, and these 16 bytes were read before any is written.
    _mm_storeu_si128(reinterpret_cast<__m128i*>(q),
                     _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    p += 16;
    q += 16;
  }
#else
  while (!scan::is_stop(*p)) *q++ = *p++;
#endif
  is.src_ = p;
  is.dst_ = q;
}

}  // namespace rapidjson
