#pragma once
// JSON written straight into a std::string: RapidJSON's output stream over
// the string's own storage, and its string scan taught to copy the runs that
// need no escape whole. What is written is byte for byte what
// rapidjson::Writer<StringBuffer> writes; only the cost differs.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <rapidjson/document.h>
#include <rapidjson/writer.h>

namespace spinecds::fhir {

// The string grows by doubling ahead of the writer and is trimmed once at
// the end (`finish`), so a character costs a compare and a store (push_back
// costs about twice the instructions of a StringBuffer; this costs less).
struct JsonStringStream {
  using Ch = char;
  std::string& out;
  std::size_t used;

  explicit JsonStringStream(std::string& s, std::size_t reserve_bytes = 0)
      : out(s), used(s.size()) {
    reserve(reserve_bytes);
  }
  // Writes from the start of `s`, over what it holds: a scratch buffer kept
  // from call to call is then neither cleared nor zero-filled again (resize
  // writes every byte it adds). `written` is the text; nothing is trimmed.
  struct Overwrite {};
  JsonStringStream(std::string& s, Overwrite, std::size_t reserve_bytes) : out(s), used(0) {
    reserve(reserve_bytes);
  }
  std::string_view written() const { return {out.data(), used}; }
  void reserve(std::size_t count) {
    if (out.size() - used < count) out.resize(std::max(out.size() * 2, used + count));
  }
  void Put(char c) {
    reserve(1);
    out[used++] = c;
  }
  void Flush() {}
  // Trims the string to what was written.
  void finish() { out.resize(used); }
};

// The writer asks for room for a whole string at once, then puts unchecked.
inline void PutReserve(JsonStringStream& s, std::size_t count) {
  s.reserve(count);
}
inline void PutUnsafe(JsonStringStream& s, char c) {
  s.out[s.used++] = c;
}

}  // namespace spinecds::fhir

namespace rapidjson {

// The writer's hook for copying a string's plain characters: by default it
// copies none and sends every character through the escape table one by
// one. Here a run with nothing to escape (no control character, quote or
// backslash) is found 16 bytes at a time and copied at once; the writer
// then escapes the character the run stopped at, as before. Loads never
// pass the string's end. Non-ASCII bytes are plain (UTF-8 in, UTF-8 out).
template <>
inline bool Writer<spinecds::fhir::JsonStringStream>::ScanWriteUnescapedString(StringStream& is,
                                                                               std::size_t length) {
  const char* p = is.src_;
  const char* const end = is.head_ + length;
  const char* const run = p;
  bool stopped = false;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i control = _mm_set1_epi8(0x1f);
  for (; end - p >= 16; p += 16) {
    const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // s <= 0x1f (unsigned) exactly when max(s, 0x1f) == 0x1f.
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(s, quote), _mm_cmpeq_epi8(s, backslash)),
                     _mm_cmpeq_epi8(_mm_max_epu8(s, control), control));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) {
      p += __builtin_ctz(static_cast<unsigned>(mask));
      stopped = true;
      break;
    }
  }
#endif
  if (!stopped) {
    while (p != end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\') ++p;
  }
  const auto n = static_cast<std::size_t>(p - run);
  // WriteString reserved room for the whole string, escaped, before the scan.
  std::memcpy(os_->out.data() + os_->used, run, n);
  os_->used += n;
  is.src_ = p;
  return p != end;
}

}  // namespace rapidjson

namespace spinecds::fhir {

using JsonStringWriter = rapidjson::Writer<JsonStringStream>;

// Appends `value` as compact JSON to `out`; `expected_bytes` sizes the first
// allocation.
inline void write_json(const rapidjson::Value& value, std::string& out,
                       std::size_t expected_bytes = 0) {
  JsonStringStream stream(out, expected_bytes);
  JsonStringWriter w(stream);
  value.Accept(w);
  stream.finish();
}

}  // namespace spinecds::fhir
