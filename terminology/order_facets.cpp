#include "terminology/order_facets.h"

#include <algorithm>
#include <array>

#include "terminology/order_words.h"
#include "terminology/record_text.h"
#include "terminology/value_set_catalog.h"
#include "terminology/value_sets.h"

namespace spinecds::terminology {

namespace {

constexpr std::array<std::string_view, 3> kProcedureSystems = {
    "http://www.ama-assn.org/go/cpt",
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "https://bluebutton.cms.gov/resources/codesystem/hcpcs",
};

}  // namespace

FusionRegion coding_region(const Coding& c) {
  if (in_value_set("spinal-fusion-lumbar", c.system, c.code)) return FusionRegion::lumbar;
  if (in_value_set("spinal-fusion-thoracic", c.system, c.code)) return FusionRegion::thoracic;
  if (in_value_set("spinal-fusion-cervical", c.system, c.code)) return FusionRegion::cervical;
  if (in_value_set("spinal-fusion-region-agnostic", c.system, c.code)) return FusionRegion::unknown;
  return FusionRegion::none;
}

bool is_procedure_code(const Coding& c) {
  const auto system = canonical_system(c.system);
  return std::find(kProcedureSystems.begin(), kProcedureSystems.end(), system) !=
         kProcedureSystems.end();
}

bool is_supply_code(const Coding& c) {
  const std::string_view code = c.code;
  return is_procedure_code(c) && code.size() == 5 &&
         one_of(code.substr(0, 1), {"A", "E", "K", "L"}) &&
         std::all_of(code.begin() + 1, code.end(), [](char d) { return d >= '0' && d <= '9'; });
}

bool is_arthroplasty_code(const Coding& c) {
  return in_value_set("cervical-disc-arthroplasty", c.system, c.code);
}

void ApproachSigns::add_code(const Coding& c) {
  if (in_value_set("fusion-approach-anterior", c.system, c.code)) anterior = true;
  if (in_value_set("fusion-approach-posterior", c.system, c.code)) posterior = true;
}

void ApproachSigns::merge(const ApproachSigns& o) {
  anterior = anterior || o.anterior;
  posterior = posterior || o.posterior;
  combined = combined || o.combined;
}

Approach ApproachSigns::approach() const {
  if (combined || (anterior && posterior)) return Approach::combined;
  if (anterior) return Approach::anterior;
  if (posterior) return Approach::posterior;
  return Approach::unknown;
}

bool add_approach_word(const Token& t, ApproachSigns& signs) {
  const std::string_view w = t.text;
  if (w == "360" || one_of(w, {"circumferential", "anteroposterior", "combined"})) {
    signs.combined = true;
  } else if (one_of(w, {"anterior", "anteriorly", "acdf", "acif", "alif", "olif", "corpectomy",
                        "corpectomies", "transoral", "fremre", "fr\xC3\xA4mre",
                        // Dutch ("voorste", "anterieure") and Portuguese
                        "anterieur", "anterieure", "voorste", "ventraal", "ventrale"})) {
    signs.anterior = true;
  } else if (one_of(w, {"posterior", "posteriorly", "posterolateral", "plif", "tlif", "psf", "plf",
                        "pcf", "dorsal", "bakre", "posterieur", "posterieure", "dorsaal", "dorsale",
                        // an occiput-topped construct is instrumented from behind
                        // (CPT 22590, 22595); a transoral step makes it combined
                        "occipitocervical", "craniocervical", "occipitocervicothoracic"})) {
    signs.posterior = true;
  } else {
    return false;
  }
  return true;
}

bool arthroplasty_word(const std::vector<Token>& toks, std::size_t i) {
  const std::string_view w = toks[i].text;
  if (one_of(w, {"arthroplasty", "arthroplasties", "tdr", "cdr", "cda", "tdas",
                 // Dutch and Portuguese ("discusprothese", "artroplastia")
                 "discusprothese", "discusartroplastiek", "artroplastiek", "artroplastia"}))
    return true;
  // "disc prosthesis"
  if ((w == "disc" || w == "disk") && i + 1 < toks.size() && toks[i + 1].text == "prosthesis")
    return true;
  // "disc replacement", "disk replacement"
  return (w == "disc" || w == "disk") && i + 1 < toks.size() &&
         (toks[i + 1].text == "replacement" || toks[i + 1].text == "replacements" ||
          toks[i + 1].text == "arthroplasty");
}

std::vector<FusionRegion> order_regions(FusionRegion main, const std::set<FusionRegion>& coded,
                                        const std::vector<Segment>& segments, bool lumbar_word,
                                        bool cervical_word, bool thoracic_word) {
  std::set<FusionRegion> out = coded;
  out.insert(main);
  for (const auto& s : segments) {
    out.insert(is_lumbar(s)     ? FusionRegion::lumbar
               : is_cervical(s) ? FusionRegion::cervical
                                : FusionRegion::thoracic);
  }
  if (lumbar_word) out.insert(FusionRegion::lumbar);
  if (cervical_word) out.insert(FusionRegion::cervical);
  if (thoracic_word) out.insert(FusionRegion::thoracic);
  out.erase(FusionRegion::none);
  // `unknown` says only that no region was named.
  if (out.size() > 1) out.erase(FusionRegion::unknown);
  return {out.begin(), out.end()};
}

namespace {

// Whether a clause (between "and", "with", ",", ";" ...) of a removal order
// names a fusion as a procedure of its own: "Removal of L4-5 hardware and
// extension of fusion to L3-4", "Revision fusion L4-5 with removal of
// hardware". A fusion word in the removal's own clause names what is removed
// ("removal of pedicle screw instrumentation"), one after "s/p" or "prior" a
// past fusion, unless the clause extends or revises it ("extension of the
// existing L4-5 fusion to L3-4").
bool fusion_beside_removal(const std::vector<Token>& toks) {
  bool removal = false, history = false, fusion = false, renewed = false;
  auto end_clause = [&] {
    const bool stands = fusion && !removal && (!history || renewed);
    removal = history = fusion = renewed = false;
    return stands;
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string_view w = toks[i].text;
    if (one_of(w, {"and", "with", "plus", "&", "+", ",", ";", "then"})) {
      if (end_clause()) return true;
      continue;
    }
    std::size_t len = 1;
    const auto mode = order_words::keyword_at(toks, i, len);
    removal = removal || order_words::removal_word(w);
    history = history || mode == order_words::Mode::history;
    fusion = fusion || mode == order_words::Mode::fusion;
    renewed = renewed || one_of(w, {"extension", "extend", "extended", "revision", "revise"});
    i += len - 1;
  }
  return end_clause();
}

}  // namespace

// An order for imaging, therapy, a consult or the laboratory that mentions a
// fusion is not a fusion order ("MRI to assess L4-5 fusion", "Referral for
// fusion evaluation", "Type and crossmatch ... lumbar fusion L4-5"); nor is a
// hardware removal, unless a fusion stands beside it.
bool names_other_service(std::string_view text) {
  const auto toks = tokenize(text);
  bool removal = false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const std::string_view w = toks[i].text;
    // A pre-operative clearance or history and physical
    // prepares the fusion it names ("Pre-op clearance for L4-5 fusion").
    if (one_of(w, {"mri", "ct", "xr", "radiograph", "radiographs", "imaging", "views", "therapy",
                   "injection", "referral", "consult", "consultation", "evaluation", "eval",
                   "clearance",
                   // Laboratory and blood-bank orders signed with the fusion
                   // name it as their reason ("Type and crossmatch ... reason:
                   // lumbar fusion L4-5").
                   "crossmatch", "xmatch", "transfusion", "specimen", "panel", "culture",
                   // Equipment for the operation ("DME - LSO BRACE (POST-OP
                   // LUMBAR FUSION)", "bone growth stimulator ... ACDF C4-5").
                   "dme", "equipment", "orthosis", "orthotic", "brace", "lso", "tlso", "walker",
                   "wheelchair", "commode", "crutches", "stimulator",
                   // the same orders in Portuguese, Spanish and Dutch
                   // ("RM de controle pós-artrodese", "colete"); not "Rx",
                   // which an English order writes for a prescription
                   "rm", "ressonancia", "resonancia", "tomografia", "radiografia", "infiltracao",
                   "bloqueio", "encaminhamento", "consulta", "avaliacao", "colete", "ortese",
                   "andador"}) ||
        pt_words(w)) {
      return true;
    }
    if (w == "x" && i + 2 < toks.size() && toks[i + 2].text == "ray") return true;
    if (w == "h" && i + 2 < toks.size() && one_of(toks[i + 1].text, {"&", "and"}) &&
        toks[i + 2].text == "p")
      return true;
    removal = removal || order_words::removal_word(w);
  }
  return removal && !fusion_beside_removal(toks);
}

std::string to_string(Approach a) {
  switch (a) {
    case Approach::unknown:
      return "unknown";
    case Approach::anterior:
      return "anterior";
    case Approach::posterior:
      return "posterior";
    case Approach::combined:
      return "combined";
  }
  return "unknown";
}

Approach FusionOrder::approach_for(FusionRegion family) const {
  for (const auto& [r, a] : approach_by_region) {
    if (r == family && a != Approach::unknown) return a;
  }
  return approach;
}

bool FusionOrder::touches(FusionRegion r) const {
  return std::find(regions.begin(), regions.end(), r) != regions.end();
}

}  // namespace spinecds::terminology
