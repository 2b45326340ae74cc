#pragma once
// What a fusion order says besides its levels, for order_reader.cpp: the
// region each code names, the approach its codes and words name, whether it
// is a cervical disc arthroplasty, and the CPT/HCPCS codes it carries.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/fhir_values.h"
#include "terminology/order_reader.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// The fusion region a code names (`unknown`: a fusion code of no region,
// `none`: not a fusion code).
FusionRegion coding_region(const Coding& c);

// CPT and HCPCS codes, whatever the spelling of their system.
bool is_procedure_code(const Coding& c);

// A HCPCS Level II code for supplies, equipment or orthotics (A, E, K, L and
// four digits: "E0748" bone growth stimulator, "L0637" LSO): the order is for
// the equipment, whatever fusion its details name.
bool is_supply_code(const Coding& c);

// Cervical disc arthroplasty (22856, +22858, revision 22861).
bool is_arthroplasty_code(const Coding& c);

// The approach words and codes name, gathered across an order.
struct ApproachSigns {
  bool anterior = false;
  bool posterior = false;
  bool combined = false;  // "360", "circumferential", "anterior-posterior"
  void add_code(const Coding& c);
  void merge(const ApproachSigns& o);
  Approach approach() const;
};

// What the word at toks[i] says of the approach: "anterior", "ACDF", "ALIF"
// and "corpectomy" are anterior; "posterior", "posterolateral", "PLIF",
// "TLIF" posterior; "360" and "circumferential" both. False when it names none.
bool add_approach_word(const Token& t, ApproachSigns& signs);

// "arthroplasty", "disc replacement", "TDR", "CDA": a disc replaced, not fused.
bool arthroplasty_word(const std::vector<Token>& toks, std::size_t i);

// An order for imaging, therapy or a consult that mentions a fusion is not a
// fusion order ("MRI to assess L4-5 fusion", "Referral for fusion evaluation").
bool names_other_service(std::string_view text);

// Every region an order touches: its main region, the regions its codes name,
// its segments' regions and the region words beside its fusion words.
std::vector<FusionRegion> order_regions(FusionRegion main, const std::set<FusionRegion>& coded,
                                        const std::vector<Segment>& segments, bool lumbar_word,
                                        bool cervical_word, bool thoracic_word);

}  // namespace spinecds::terminology
