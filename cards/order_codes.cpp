#include "cards/order_codes.h"

#include <algorithm>

namespace spinecds::cards {

using terminology::Segment;
using terminology::Vertebra;

namespace {
constexpr std::string_view kCpt = "http://www.ama-assn.org/go/cpt";
constexpr std::string_view kSnomed = "http://snomed.info/sct";
constexpr SiteCode kIlium{"22356005", "Ilium"};
}  // namespace

const ArthrodesisCodes* arthrodesis_by_primary(std::span<const ArthrodesisCodes> table,
                                               std::string_view code) {
  for (const auto& f : table) {
    if (f.primary == code) return &f;
  }
  return nullptr;
}

const ArthrodesisCodes* arthrodesis_by_addon(std::span<const ArthrodesisCodes> table,
                                             std::string_view code) {
  for (const auto& f : table) {
    if (f.addon == code) return &f;
  }
  return nullptr;
}

const InstrumentationCodes& instrumentation_for(std::span<const InstrumentationCodes> table,
                                                int vertebrae) {
  for (const auto& row : table) {
    if (vertebrae <= row.max_vertebrae) return row;
  }
  return table.back();
}

const InstrumentationCodes* instrumentation_by_code(std::span<const InstrumentationCodes> table,
                                                    std::string_view code) {
  for (const auto& row : table) {
    if (row.code == code) return &row;
  }
  return nullptr;
}

std::string instrumentation_text(const InstrumentationCodes& row) {
  return "+" + std::string(row.code) + ": " + std::string(row.text);
}

// The CPT code of a CodeableConcept ("" when none).
std::string_view cpt_of_coding(const rapidjson::Value& coding) {
  const auto sys = str_member(&coding, "system");
  const auto code = str_member(&coding, "code");
  if (!code.empty() && (sys == kCpt || sys.empty() || sys.find("cpt") != std::string_view::npos)) {
    return code;
  }
  return {};
}

std::string cpt_of(const rapidjson::Value* cc) {
  const auto* codings = member(cc, "coding");
  if (codings == nullptr || !codings->IsArray()) return {};
  for (const auto& c : codings->GetArray()) {
    if (const auto code = cpt_of_coding(c); !code.empty()) return std::string(code);
  }
  return {};
}

rapidjson::Value cpt_concept(std::string_view code, const std::string& text, Alloc& a) {
  rapidjson::Value codings(rapidjson::kArrayType);
  codings.PushBack(coding(kCpt, code, "", a), a);
  rapidjson::Value cc(rapidjson::kObjectType);
  put(cc, "coding", std::move(codings), a);
  put(cc, "text", text, a);
  return cc;
}

std::string list_after_first(const std::vector<Segment>& s) {
  std::string out;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (i > 1) out += ", ";
    out += terminology::to_string(s[i]);
  }
  return out;
}

std::string addon_text(std::string_view addon, std::string_view text,
                       const std::vector<Segment>& fusion) {
  return "+" + std::string(addon) + " x" + std::to_string(fusion.size() - 1) + ": " +
         std::string(text) + " (" + list_after_first(fusion) + ")";
}

// The construct's vertebrae from top to bottom ("L4", "L5"; "S1" shows as
// the sacrum).
std::vector<Vertebra> vertebrae_of(const std::vector<Segment>& segs) {
  std::vector<Vertebra> out;
  for (auto s : segs) {
    if (out.empty() || out.back() != s.upper) out.push_back(s.upper);
    out.push_back(Vertebra{s.upper.ordinal + 1});
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<SiteCode> vertebra_site(Vertebra v) {
  // Cervical vertebrae and T1 (SNOMED CT codes read in two independent
  // public code maps; see the cervical research note).
  switch (v.ordinal) {
    case 1:
      return SiteCode{"14806007", "C1 vertebra"};
    case 2:
      return SiteCode{"39976000", "C2 vertebra"};
    case 3:
      return SiteCode{"113205007", "C3 vertebra"};
    case 4:
      return SiteCode{"5329002", "C4 vertebra"};
    case 5:
      return SiteCode{"36978003", "C5 vertebra"};
    case 6:
      return SiteCode{"36054005", "C6 vertebra"};
    case 7:
      return SiteCode{"87391001", "C7 vertebra"};
    case terminology::kFirstThoracic:
      return SiteCode{"64864005", "T1 vertebra"};
    default:
      break;
  }
  switch (v.ordinal - terminology::kFirstLumbar) {
    case -1:
      return SiteCode{"23215003", "T12 vertebra"};
    case 0:
      return SiteCode{"66794005", "L1 vertebra"};
    case 1:
      return SiteCode{"14293000", "L2 vertebra"};
    case 2:
      return SiteCode{"36470004", "L3 vertebra"};
    case 3:
      return SiteCode{"11994002", "L4 vertebra"};
    case 4:
      return SiteCode{"49668003", "L5 vertebra"};
    case 5:
      return SiteCode{"54735007", "Sacrum"};
    default:
      return std::nullopt;
  }
}

// The original bodySite entry naming this code, kept as the clinician wrote
// it (laterality, text); else a fresh SNOMED CT entry.
rapidjson::Value body_site(const rapidjson::Value* original_sites, SiteCode site, Alloc& a) {
  if (original_sites != nullptr && original_sites->IsArray()) {
    for (const auto& s : original_sites->GetArray()) {
      const auto* codings = member(&s, "coding");
      if (codings == nullptr || !codings->IsArray()) continue;
      for (const auto& c : codings->GetArray()) {
        if (str_member(&c, "code") == site.code) return rapidjson::Value(s, a);
      }
    }
  }
  rapidjson::Value codings(rapidjson::kArrayType);
  codings.PushBack(coding(kSnomed, site.code, site.text, a), a);
  rapidjson::Value cc(rapidjson::kObjectType);
  put(cc, "coding", std::move(codings), a);
  put(cc, "text", site.text, a);
  return cc;
}

rapidjson::Value body_sites(const rapidjson::Value& order, const std::vector<Segment>& segs,
                            bool ilium, Alloc& a) {
  const rapidjson::Value* orig_sites = member(&order, "bodySite");
  rapidjson::Value sites(rapidjson::kArrayType);
  for (auto v : vertebrae_of(segs)) {
    if (auto site = vertebra_site(v)) sites.PushBack(body_site(orig_sites, *site, a), a);
  }
  if (ilium) sites.PushBack(body_site(orig_sites, kIlium, a), a);
  return sites;
}

void set_member(rapidjson::Value& obj, std::string_view key, rapidjson::Value v, Alloc& a) {
  auto it = obj.FindMember(rapidjson::Value(rapidjson::StringRef(key.data(), key.size())));
  if (it != obj.MemberEnd()) {
    it->value = std::move(v);
  } else {
    put(obj, key, std::move(v), a);
  }
}

void remove_member(rapidjson::Value& obj, std::string_view key) {
  obj.RemoveMember(rapidjson::Value(rapidjson::StringRef(key.data(), key.size())));
}

void set_or_remove(rapidjson::Value& obj, std::string_view key, rapidjson::Value array, Alloc& a) {
  if (array.Empty()) {
    remove_member(obj, key);
  } else {
    set_member(obj, key, std::move(array), a);
  }
}

void set_code_text(rapidjson::Value& sr, const rapidjson::Value& order, const std::string& text,
                   Alloc& a) {
  rapidjson::Value code(rapidjson::kObjectType);
  if (const auto* orig = member(&order, "code"); orig != nullptr && orig->IsObject()) {
    code.CopyFrom(*orig, a);
  }
  set_member(code, "text", jstr(text, a), a);
  set_member(sr, "code", std::move(code), a);
}

void recode_order_code(rapidjson::Value& sr,
                       const std::function<std::string(const std::string&)>& recode, Alloc& a) {
  if (!sr.IsObject()) return;
  const auto code = sr.FindMember("code");
  if (code == sr.MemberEnd()) return;
  const auto* coding = member(&code->value, "coding");
  if (coding == nullptr || !coding->IsArray()) return;
  rapidjson::Value kept(rapidjson::kArrayType);
  std::vector<std::string> seen;
  for (const auto& c : coding->GetArray()) {
    const std::string old(cpt_of_coding(c));
    if (old.empty()) {
      kept.PushBack(rapidjson::Value(c, a), a);
      continue;
    }
    const std::string now = recode(old);
    if (now.empty()) continue;
    // Two old codes may become one new code: it is written once.
    if (now != old && std::find(seen.begin(), seen.end(), now) != seen.end()) continue;
    seen.push_back(now);
    rapidjson::Value nc(c, a);
    if (now != old && nc.IsObject()) {
      set_member(nc, "code", jstr(now, a), a);
      remove_member(nc, "display");
    }
    kept.PushBack(nc, a);
  }
  set_or_remove(code->value, "coding", std::move(kept), a);
}

}  // namespace spinecds::cards
