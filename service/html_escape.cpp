#include "service/html_escape.h"

#include <array>

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

}  // namespace

void append_html_escaped(std::string& out, std::string_view text) {
  // Runs of bytes that stay as they are are appended whole: a review page
  // escapes every quote of the record, and a byte at a time was most of its cost.
  const std::size_t n = text.size();
  std::size_t run = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!kChanged[static_cast<unsigned char>(text[i])]) continue;
    out.append(text.data() + run, i - run);
    out += replacement(text[i]);
    run = i + 1;
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
