#pragma once
// The evidence a fact keeps: where it was read and the words that say it.
#include <string>
#include <utility>

namespace spinecds::terminology {

struct Quote {
  Quote() = default;
  Quote(std::string ref, std::string words, std::string doc = {}, std::string on = {})
      : reference(std::move(ref)),
        text(std::move(words)),
        document(std::move(doc)),
        date(std::move(on)) {}

  std::string reference;  // "DiagnosticReport/mri-1"
  std::string text;       // the quoted words (plain text)
  std::string document;   // the clinician's name for the source ("MRI lumbar spine")
  std::string date;       // ISO date of the source, when it has one
  friend auto operator<=>(const Quote&, const Quote&) = default;
};

}  // namespace spinecds::terminology
