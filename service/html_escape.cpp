#include "service/html_escape.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <openssl/evp.h>

namespace spinecds::service {

namespace {

// What a byte becomes: itself (nullptr), an entity, or "" (a control
// character other than tab, newline and carriage return is dropped).
constexpr const char* replacement(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    case '\t':
    case '\n':
    case '\r':
      return nullptr;
    default:
      return static_cast<unsigned char>(c) < 0x20 ? "" : nullptr;
  }
}

// The bytes `replacement` changes, for the scan between them.
constexpr std::array<bool, 256> kChanged = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = replacement(static_cast<char>(c)) != nullptr;
  return t;
}();

#if defined(__SSE2__)
// A bit per byte of the 16 at `p` that `replacement` changes: the five
// markup characters, and control characters other than tab and line breaks.
int changed_mask(const char* p) {
  const __m128i s = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i control = _mm_set1_epi8(0x1f);
  // s <= 0x1f (unsigned) exactly when max(s, 0x1f) == 0x1f.
  const __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(s, control), control);
  const __m128i kept = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(s, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(s, _mm_set1_epi8('\n'))),
      _mm_cmpeq_epi8(s, _mm_set1_epi8('\r')));
  const __m128i markup = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(s, _mm_set1_epi8('&')), _mm_cmpeq_epi8(s, _mm_set1_epi8('<'))),
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(s, _mm_set1_epi8('>')),
                                _mm_cmpeq_epi8(s, _mm_set1_epi8('"'))),
                   _mm_cmpeq_epi8(s, _mm_set1_epi8('\''))));
  return _mm_movemask_epi8(_mm_or_si128(markup, _mm_andnot_si128(kept, low)));
}
#endif

}  // namespace

void append_html_escaped(std::string& out, std::string_view text) {
  // Runs of bytes that stay as they are are appended whole: a review page
  // escapes every quote of the record, and a byte at a time was most of its
  // cost. The runs are found sixteen bytes at a time where SSE2 is there.
  const std::size_t n = text.size();
  std::size_t run = 0;
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (n - i >= 16) {
      const int mask = changed_mask(text.data() + i);
      if (mask == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    } else if (!kChanged[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
#else
    if (!kChanged[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
#endif
    out.append(text.data() + run, i - run);
    out += replacement(text[i]);
    run = ++i;
  }
  out.append(text.data() + run, n - run);
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_html_escaped(out, text);
  return out;
}

std::string csp_hash(std::string_view text) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> md{};
  unsigned int len = 0;
  EVP_Digest(text.data(), text.size(), md.data(), &len, EVP_sha256(), nullptr);
  std::array<unsigned char, 64> b64{};
  const int n = EVP_EncodeBlock(b64.data(), md.data(), static_cast<int>(len));
  return "'sha256-" +
         std::string(reinterpret_cast<const char*>(b64.data()), static_cast<std::size_t>(n)) + "'";
}

}  // namespace spinecds::service
