#pragma once
// What cards need from the policy file: the guideline's label and URL for
// `source` and `links`, citation links per rule, the PT duration for wording,
// and the payer profile's prior-authorization code. The policy's content is
// the criteria engineer's; every field read here is optional and has a
// fallback, so a policy without citations still renders valid cards.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "criteria/policy.h"

namespace spinecds::cards {

struct LinkInfo {
  std::string label;
  std::string url;  // absolute http(s)
  friend bool operator==(const LinkInfo&, const LinkInfo&) = default;
};

// The flexion-extension-films card's wording and codes, from the policy's
// `cards.flexionExtensionFilms` (criteria/schemas/policy.schema.json).
struct FilmsWording {
  struct Code {
    std::string system, code, display;
  };
  bool links_instability = false;  // the card also links the instability criterion
  std::string summary;             // followed by " for fusion <construct>"
  std::string detail;              // {construct}: the requested construct
  std::string suggested_order;     // the films, in "**Suggested order:**"
  std::string films;               // the films, in the suggestion's label and action
  std::vector<Code> codes;         // CPT, then LOINC
  std::string code_text, reason;   // the new order's code.text and fallback reason
};

struct Guideline {
  std::string label;                  // source.label
  std::string url;                    // source.url, absolute http(s)
  std::vector<LinkInfo> links;        // citations found in the policy, document order
  std::optional<double> pt_weeks;     // the PT duration the policy requires
  std::string pa_needed;              // CRD pa-needed code for the profile ("" = not set)
  std::optional<FilmsWording> films;  // absent when the policy has none
  // Each rule's citation in this profile (criteria::Policy::citation) with its
  // links, read once with the policy (read_guidelines) so cards do not parse
  // the same policy text on every call; empty when read on its own.
  std::map<std::string, std::vector<LinkInfo>, std::less<>> citation_links;

  // parse_citation(citation) when read ahead in citation_links, else null.
  const std::vector<LinkInfo>* cited_links(std::string_view citation) const;
};

Guideline read_guideline(const criteria::Policy* policy, std::string_view profile);

// Every profile's Guideline ("default" included), by profile name. Reading
// one parses the policy JSON, a tenth of a hook call's work, so the service
// reads them once per policy load and hands them to render.
using Guidelines = std::map<std::string, Guideline, std::less<>>;
Guidelines read_guidelines(const criteria::Policy& policy);

// A criterion's citation string as links: one per "Label (URL)" or
// "Label, URL" part (parts separated by ";"); parts without an absolute
// http(s) URL are skipped.
std::vector<LinkInfo> parse_citation(std::string_view citation);

bool is_http_url(std::string_view s);

// The films wording of the policy the project ships for `family` (read once):
// the cards' wording when the policy in use has none of its own. Null when
// the shipped policy has none either.
const FilmsWording* shipped_films_wording(std::string_view family);

}  // namespace spinecds::cards
