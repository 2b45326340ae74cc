#include <algorithm>
#include <functional>
#include <vector>

#include <rapidjson/prettywriter.h>

#include "criteria/assessment.h"
#include "criteria/json_writer.h"
#include "fhir/json_output.h"

namespace spinecds::criteria {

std::string to_string(Status s) {
  switch (s) {
    case Status::met:
      return "met";
    case Status::not_met:
      return "not-met";
    case Status::unknown:
      return "unknown";
    case Status::not_applicable:
      return "not-applicable";
  }
  return "unknown";
}

std::string to_string(Verdict v) {
  switch (v) {
    case Verdict::not_applicable:
      return "not-applicable";
    case Verdict::supported:
      return "supported";
    case Verdict::partially_supported:
      return "partially-supported";
    case Verdict::not_supported_as_documented:
      return "not-supported-as-documented";
  }
  return "not-applicable";
}

namespace {

// The review id hashes this text on the hook's thread, so copying every
// row, criterion and quote to sort them was the call's cost: the lists
// arrive sorted (assessment.h), and are then written where they lie. An
// unsorted one is sorted through pointers, which std::sort permutes exactly
// as it would the values (its moves depend only on the comparisons).
template <typename T, typename Less>
std::vector<const T*> sorted_view(const std::vector<T>& v, Less less) {
  std::vector<const T*> out;
  out.reserve(v.size());
  for (const auto& x : v) out.push_back(&x);
  std::sort(out.begin(), out.end(), [&](const T* x, const T* y) { return less(*x, *y); });
  return out;
}

// Strictly increasing: sorting changes nothing, not even among equals.
template <typename T, typename Less>
bool strictly_sorted(const std::vector<T>& v, Less less) {
  return std::adjacent_find(v.begin(), v.end(),
                            [&](const T& x, const T& y) { return !less(x, y); }) == v.end();
}

template <typename Writer>
void write_segments(Writer& w, const std::vector<terminology::Segment>& segs) {
  w.StartArray();
  // Equal segments write the same text, so any order among them will do.
  if (std::is_sorted(segs.begin(), segs.end())) {
    for (auto s : segs) w.String(terminology::to_string(s));
  } else {
    auto sorted = segs;
    std::sort(sorted.begin(), sorted.end());
    for (auto s : sorted) w.String(terminology::to_string(s));
  }
  w.EndArray();
}

template <typename Writer>
void write_evidence(Writer& w, const std::vector<Evidence>& ev) {
  const auto write = [&](const Evidence& e) {
    w.StartObject();
    json::string_member(w, "reference", e.reference);
    json::string_member(w, "text", e.text);
    w.EndObject();
  };
  w.StartArray();
  if (strictly_sorted(ev, std::less<>())) {
    for (const auto& e : ev) write(e);
  } else {
    auto sorted = sorted_view(ev, std::less<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end(),
                             [](const Evidence* x, const Evidence* y) { return *x == *y; }),
                 sorted.end());
    for (const auto* e : sorted) write(*e);
  }
  w.EndArray();
}

template <typename Writer>
void write_assessment(Writer& w, const Assessment& a) {
  w.StartObject();
  if (!a.order.empty()) {
    json::string_member(w, "order", a.order);
  }
  if (a.verdict == Verdict::not_applicable) {
    json::string_member(w, "asOf", a.as_of);
    json::string_member(w, "verdict", to_string(a.verdict));
    w.EndObject();
    return;
  }
  w.Key("policy");
  w.StartObject();
  json::string_member(w, "id", a.policy.id);
  json::string_member(w, "version", a.policy.version);
  json::string_member(w, "profile", a.policy.profile);
  w.EndObject();

  w.Key("requested");
  w.StartObject();
  w.Key("levels");
  write_segments(w, a.requested_levels);
  const bool cervical = a.family == "cervical-fusion";
  if (cervical) {
    if (!a.approach.empty()) {
      json::string_member(w, "approach", a.approach);
    }
  } else {
    json::bool_member(w, "pelvicFixation", a.requested_pelvic_fixation);
  }
  if (!a.not_assessed.empty()) {
    w.Key("notAssessed");
    write_segments(w, a.not_assessed);
  }
  w.EndObject();

  w.Key("supported");
  w.StartObject();
  w.Key("fusionLevels");
  write_segments(w, a.supported_fusion_levels);
  w.Key("decompressionOnly");
  write_segments(w, a.decompression_only);
  if (!a.bridged_levels.empty()) {
    w.Key("bridgedWithoutSupport");
    write_segments(w, a.bridged_levels);
  }
  if (!cervical) {
    json::bool_member(w, "pelvicFixation", a.supported_pelvic_fixation);
  }
  w.EndObject();

  const auto by_segment = [](const LevelRow& x, const LevelRow& y) {
    return x.segment < y.segment;
  };
  std::vector<const LevelRow*> rows;
  if (strictly_sorted(a.levels, by_segment)) {
    rows.reserve(a.levels.size());
    for (const auto& r : a.levels) rows.push_back(&r);
  } else {
    rows = sorted_view(a.levels, by_segment);
  }
  w.Key("levels");
  w.StartArray();
  for (const auto* row : rows) {
    const LevelRow& r = *row;
    w.StartObject();
    json::string_member(w, "segment", terminology::to_string(r.segment));
    json::bool_member(w, "requested", r.requested);
    if (r.stenosis) {
      json::string_member(w, "stenosis", terminology::to_string(*r.stenosis));
    }
    json::bool_member(w, "instability", r.instability);
    if (r.cervical) {
      if (!r.root.empty()) {
        json::string_member(w, "root", r.root);
      }
      w.Key("compression");
      w.StartArray();
      for (const auto& c : r.compression) w.String(c);
      w.EndArray();
      json::bool_member(w, "cordSignal", r.cord_signal);
      json::bool_member(w, "concordant", r.concordant);
      if (!r.basis.empty()) {
        json::string_member(w, "basis", r.basis);
      }
    }
    json::bool_member(w, "fusionSupported", r.fusion_supported);
    w.Key("evidence");
    write_evidence(w, r.evidence);
    w.EndObject();
  }
  w.EndArray();

  w.Key("criteria");
  w.StartArray();
  for (const auto& c : a.criteria) {
    w.StartObject();
    json::string_member(w, "id", c.id);
    json::string_member(w, "status", to_string(c.status));
    json::string_member(w, "summary", c.summary);
    w.Key("evidence");
    write_evidence(w, c.evidence);
    json::string_member(w, "citation", c.citation);
    w.EndObject();
  }
  w.EndArray();

  auto gaps = a.data_gaps;
  std::sort(gaps.begin(), gaps.end(),
            [](const fhir::DataGap& x, const fhir::DataGap& y) { return x.key < y.key; });
  w.Key("dataGaps");
  w.StartArray();
  for (const auto& g : gaps) {
    w.StartObject();
    json::string_member(w, "key", g.key);
    json::string_member(w, "reason", g.reason);
    json::bool_member(w, "partial", g.partial);
    w.EndObject();
  }
  w.EndArray();

  json::string_member(w, "asOf", a.as_of);
  json::string_member(w, "verdict", to_string(a.verdict));
  w.EndObject();
}

// Straight into the returned string: the review id hashes this text on the
// hook's thread, so its cost is the call's.
template <typename Fn>
std::string write_with(bool pretty, Fn&& fn) {
  std::string out;
  fhir::JsonStringStream stream(out, 4096);
  if (pretty) {
    rapidjson::PrettyWriter<fhir::JsonStringStream> w(stream);
    w.SetIndent(' ', 2);
    fn(w);
  } else {
    fhir::JsonStringWriter w(stream);
    fn(w);
  }
  stream.finish();
  return out;
}

}  // namespace

std::string to_json(const Assessment& a, bool pretty) {
  return write_with(pretty, [&](auto& w) { write_assessment(w, a); });
}

void append_json(const Assessment& a, std::string& out) {
  fhir::JsonStringStream stream(out, 4096);
  fhir::JsonStringWriter w(stream);
  write_assessment(w, a);
  stream.finish();
}

std::string_view write_json_over(const Assessment& a, std::string& scratch) {
  fhir::JsonStringStream stream(scratch, fhir::JsonStringStream::Overwrite{}, 4096);
  fhir::JsonStringWriter w(stream);
  write_assessment(w, a);
  return stream.written();
}

std::string to_json(const std::vector<Assessment>& all, bool pretty) {
  return write_with(pretty, [&](auto& w) {
    w.StartArray();
    for (const auto& a : all) write_assessment(w, a);
    w.EndArray();
  });
}

}  // namespace spinecds::criteria
