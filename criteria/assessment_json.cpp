#include <algorithm>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "criteria/assessment.h"

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

template <typename Writer>
void write_segments(Writer& w, std::vector<terminology::Segment> segs) {
  std::sort(segs.begin(), segs.end());
  w.StartArray();
  for (auto s : segs) w.String(terminology::to_string(s));
  w.EndArray();
}

template <typename Writer>
void write_evidence(Writer& w, std::vector<Evidence> ev) {
  std::sort(ev.begin(), ev.end());
  ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
  w.StartArray();
  for (const auto& e : ev) {
    w.StartObject();
    w.Key("reference");
    w.String(e.reference);
    w.Key("text");
    w.String(e.text);
    w.EndObject();
  }
  w.EndArray();
}

template <typename Writer>
void write_assessment(Writer& w, const Assessment& a) {
  w.StartObject();
  if (!a.order.empty()) {
    w.Key("order");
    w.String(a.order);
  }
  if (a.verdict == Verdict::not_applicable) {
    w.Key("asOf");
    w.String(a.as_of);
    w.Key("verdict");
    w.String(to_string(a.verdict));
    w.EndObject();
    return;
  }
  w.Key("policy");
  w.StartObject();
  w.Key("id");
  w.String(a.policy.id);
  w.Key("version");
  w.String(a.policy.version);
  w.Key("profile");
  w.String(a.policy.profile);
  w.EndObject();

  w.Key("requested");
  w.StartObject();
  w.Key("levels");
  write_segments(w, a.requested_levels);
  const bool cervical = a.family == "cervical-fusion";
  if (cervical) {
    if (!a.approach.empty()) {
      w.Key("approach");
      w.String(a.approach);
    }
  } else {
    w.Key("pelvicFixation");
    w.Bool(a.requested_pelvic_fixation);
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
    w.Key("pelvicFixation");
    w.Bool(a.supported_pelvic_fixation);
  }
  w.EndObject();

  auto rows = a.levels;
  std::sort(rows.begin(), rows.end(),
            [](const LevelRow& x, const LevelRow& y) { return x.segment < y.segment; });
  w.Key("levels");
  w.StartArray();
  for (const auto& r : rows) {
    w.StartObject();
    w.Key("segment");
    w.String(terminology::to_string(r.segment));
    w.Key("requested");
    w.Bool(r.requested);
    if (r.stenosis) {
      w.Key("stenosis");
      w.String(terminology::to_string(*r.stenosis));
    }
    w.Key("instability");
    w.Bool(r.instability);
    if (r.cervical) {
      if (!r.root.empty()) {
        w.Key("root");
        w.String(r.root);
      }
      w.Key("compression");
      w.StartArray();
      for (const auto& c : r.compression) w.String(c);
      w.EndArray();
      w.Key("cordSignal");
      w.Bool(r.cord_signal);
      w.Key("concordant");
      w.Bool(r.concordant);
      if (!r.basis.empty()) {
        w.Key("basis");
        w.String(r.basis);
      }
    }
    w.Key("fusionSupported");
    w.Bool(r.fusion_supported);
    w.Key("evidence");
    write_evidence(w, r.evidence);
    w.EndObject();
  }
  w.EndArray();

  w.Key("criteria");
  w.StartArray();
  for (const auto& c : a.criteria) {
    w.StartObject();
    w.Key("id");
    w.String(c.id);
    w.Key("status");
    w.String(to_string(c.status));
    w.Key("summary");
    w.String(c.summary);
    w.Key("evidence");
    write_evidence(w, c.evidence);
    w.Key("citation");
    w.String(c.citation);
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
    w.Key("key");
    w.String(g.key);
    w.Key("reason");
    w.String(g.reason);
    w.Key("partial");
    w.Bool(g.partial);
    w.EndObject();
  }
  w.EndArray();

  w.Key("asOf");
  w.String(a.as_of);
  w.Key("verdict");
  w.String(to_string(a.verdict));
  w.EndObject();
}

template <typename Fn>
std::string write_with(bool pretty, Fn&& fn) {
  rapidjson::StringBuffer buf;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 2);
    fn(w);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    fn(w);
  }
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace

std::string to_json(const Assessment& a, bool pretty) {
  return write_with(pretty, [&](auto& w) { write_assessment(w, a); });
}

std::string to_json(const std::vector<Assessment>& all, bool pretty) {
  return write_with(pretty, [&](auto& w) {
    w.StartArray();
    for (const auto& a : all) write_assessment(w, a);
    w.EndArray();
  });
}

}  // namespace spinecds::criteria
