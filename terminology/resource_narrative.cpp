// The words of a FHIR resource's narrative, and of a document's
// Composition read section by section.
#include "fhir/json_access.h"
#include "terminology/text_sources.h"

namespace spinecds::terminology {

using fhir::json::member;
using fhir::json::str;

std::string narrative_text(const rapidjson::Value& resource) {
  const auto* text = member(resource, "text");
  if (!text) return {};
  return html_to_text(str(*text, "div"));
}

namespace {

void section_text(const rapidjson::Value& section, std::string& out, int depth) {
  if (depth > 8) return;
  if (const auto title = str(section, "title"); !title.empty()) {
    out.append(title);
    out.append(":\n");
  }
  if (auto words = narrative_text(section); !words.empty()) {
    out.append(words);
    out.append("\n\n");
  }
  if (const auto* subs = member(section, "section"); subs && subs->IsArray()) {
    for (const auto& s : subs->GetArray()) {
      if (s.IsObject()) section_text(s, out, depth + 1);
    }
  }
}

}  // namespace

std::string resource_narrative(const rapidjson::Value& resource) {
  const auto type = str(resource, "resourceType");
  std::string out;
  if (type == "Bundle") {
    if (const auto* entries = member(resource, "entry"); entries && entries->IsArray()) {
      for (const auto& e : entries->GetArray()) {
        const auto* r = member(e, "resource");
        if (!r || !r->IsObject() || str(*r, "resourceType") == "Bundle") continue;
        if (auto words = resource_narrative(*r); !words.empty()) {
          out.append(words);
          out.append("\n\n");
        }
      }
    }
  } else if (type == "Composition") {
    if (const auto title = str(resource, "title"); !title.empty()) {
      out.append(title);
      out.append("\n\n");
    }
    if (const auto* sections = member(resource, "section"); sections && sections->IsArray()) {
      for (const auto& s : sections->GetArray()) {
        if (s.IsObject()) section_text(s, out, 0);
      }
    }
  } else {
    out = narrative_text(resource);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

}  // namespace spinecds::terminology
