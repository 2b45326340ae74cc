#include "fhir/json_parse.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "fhir/json_access.h"
#include "fhir/json_scan.h"

namespace spinecds::fhir {

namespace {

// Feeds the reader's events straight into the document while counting
// nesting, and stops the reader as soon as it passes the limit: one pass, and
// a 100,000-deep array costs no stack. It also keeps the path to the current
// value, so a refused string can be named (never quoted). The reader parses in
// situ, so a member name stays valid in the buffer for the whole parse and
// the path keeps views, not copies.
struct DepthLimitedBuilder {
  DepthLimitedBuilder(rapidjson::Document& d, int max_depth, bool copy)
      : doc(d), limit(max_depth), copy_strings(copy) {
    frames.reserve(16);
  }

  rapidjson::Document& doc;
  int limit;
  bool copy_strings;  // false: strings stay in the in-situ buffer
  int depth = 0;
  bool exceeded = false;
  std::optional<std::string> nul_at;  // pointer of the string that held U+0000

  struct Frame {
    bool array = false;
    std::size_t count = 0;  // elements begun, in an array
    std::string_view key;   // the current member, in an object
  };
  std::vector<Frame> frames;

  bool Null() { return value() && doc.Null(); }
  bool Bool(bool b) { return value() && doc.Bool(b); }
  bool Int(int i) { return value() && doc.Int(i); }
  bool Uint(unsigned u) { return value() && doc.Uint(u); }
  bool Int64(int64_t i) { return value() && doc.Int64(i); }
  bool Uint64(uint64_t u) { return value() && doc.Uint64(u); }
  bool Double(double d) { return value() && doc.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
    return value() && doc.RawNumber(s, n, copy_strings);
  }
  // Everything downstream (C APIs, logs, other parsers) may read a string
  // only up to its first NUL: such a string is refused, not truncated.
  bool String(const char* s, rapidjson::SizeType n, bool) {
    value();
    if (n > 0 && std::memchr(s, 0, n) != nullptr) {
      nul_at = pointer(frames.size());
      return false;
    }
    return doc.String(s, n, copy_strings);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    if (n > 0 && std::memchr(s, 0, n) != nullptr) {
      nul_at = pointer(frames.size() - 1);  // the object: the name itself is not repeated
      return false;
    }
    frames.back().key = std::string_view(s, n);
    return doc.Key(s, n, copy_strings);
  }
  bool StartObject() { return value() && enter(false) && doc.StartObject(); }
  bool EndObject(rapidjson::SizeType n) {
    leave();
    return doc.EndObject(n);
  }
  bool StartArray() { return value() && enter(true) && doc.StartArray(); }
  bool EndArray(rapidjson::SizeType n) {
    leave();
    return doc.EndArray(n);
  }
  bool value() {
    if (!frames.empty() && frames.back().array) ++frames.back().count;
    return true;
  }
  bool enter(bool array) {
    if (++depth > limit) {
      exceeded = true;
      return false;
    }
    frames.push_back(Frame{array, 0, {}});
    return true;
  }
  void leave() {
    --depth;
    frames.pop_back();
  }
  // The JSON Pointer of the current value through the first `n` frames.
  std::string pointer(std::size_t n) const {
    std::string out;
    for (std::size_t i = 0; i < n && i < frames.size(); ++i) {
      const auto& f = frames[i];
      out += "/" + (f.array ? std::to_string(f.count - 1) : json::pointer_token(f.key));
    }
    return out;
  }
};

}  // namespace

// The offset of the first byte that is not well-formed UTF-8 (Unicode 15
// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or
// npos. One pass before parsing, sixteen ASCII bytes at a time (a hook
// request is almost all ASCII), instead of RapidJSON's per-character
// transcoding of every string (a quarter of the parse's instructions); the
// rules are the same as its UTF8::Validate.
std::size_t invalid_utf8_at(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (i + 16 <= n) {
      const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
      if (high == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(high)));
    }
#endif
    if (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;  // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

namespace {

constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseInsituFlag;

// Both entry points: `buffer` is a mutable, NUL-terminated copy of `text`.
JsonParse parse_into(std::string_view text, char* buffer, rapidjson::Document& out, int max_depth,
                     bool copy_strings) {
  JsonParse result;
  // RapidJSON reads a raw NUL as the end of the input and would ignore what
  // follows it.
  if (const void* nul = std::memchr(text.data(), 0, text.size())) {
    result.status = JsonParseStatus::malformed;
    result.offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    result.error = "a raw NUL byte at offset " + std::to_string(result.offset);
    return result;
  }
  if (const auto bad = invalid_utf8_at(text); bad != std::string_view::npos) {
    result.status = JsonParseStatus::malformed;
    result.offset = bad;
    result.error =
        std::string(rapidjson::GetParseError_En(rapidjson::kParseErrorStringInvalidEncoding)) +
        " at offset " + std::to_string(bad);
    return result;
  }
  rapidjson::ParseResult parsed;
  bool exceeded = false;
  std::optional<std::string> nul_at;
  // Populate installs the root only when the generator succeeds, so a refused
  // body leaves `out` as it was.
  auto generate = [&](rapidjson::Document& doc) {
    DepthLimitedBuilder builder(doc, max_depth, copy_strings);
    rapidjson::Reader reader;
    rapidjson::InsituStringStream is(buffer);
    parsed = reader.Parse<kFlags>(is, builder);
    exceeded = builder.exceeded;
    nul_at = builder.nul_at;
    return !parsed.IsError();
  };
  out.Populate(generate);
  if (exceeded) {
    result.status = JsonParseStatus::too_deep;
    result.offset = parsed.Offset();
    result.error = "JSON nested deeper than " + std::to_string(max_depth) + " levels";
  } else if (nul_at) {
    result.status = JsonParseStatus::nul_in_string;
    result.offset = parsed.Offset();
    result.pointer = *nul_at;
    result.error = "a string holds U+0000";
  } else if (parsed.IsError()) {
    result.status = JsonParseStatus::malformed;
    result.offset = parsed.Offset();
    result.error = std::string(rapidjson::GetParseError_En(parsed.Code())) + " at offset " +
                   std::to_string(parsed.Offset());
  }
  return result;
}

}  // namespace

JsonParse parse_json(std::string_view text, rapidjson::Document& out, int max_depth) {
  // A scratch copy to parse in situ (names on the path stay put); the strings
  // are copied out of it into `out`.
  // NUL-terminated and padded for the scanners (fhir/json_scan.h).
  std::string buffer(text.size() + 1 + json_scan::kJsonScanPadding, '\0');
  if (!text.empty()) std::memcpy(buffer.data(), text.data(), text.size());
  return parse_into(text, buffer.data(), out, max_depth, true);
}

JsonParse parse_json_in_situ(std::string_view text, rapidjson::Document& out, int max_depth) {
  // The copy lives in `out`'s pool, as long as the strings that point into it.
  // NUL-terminated and padded for the scanners (fhir/json_scan.h).
  const std::size_t size = text.size() + 1 + json_scan::kJsonScanPadding;
  auto* buffer = static_cast<char*>(out.GetAllocator().Malloc(size));
  if (!text.empty()) std::memcpy(buffer, text.data(), text.size());
  std::memset(buffer + text.size(), 0, size - text.size());
  return parse_into(text, buffer, out, max_depth, false);
}

}  // namespace spinecds::fhir
