#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "terminology/text_findings.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

void append_escaped(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
}

// 4 -> "4", 4.5 -> "4.5", 8.666 -> "8.67": measurements carry at most two
// decimals, and integers print without a fraction, as DESIGN.md §4 shows.
std::string number(double v) {
  if (!std::isfinite(v)) return "0";
  const double r = std::round(v * 100) / 100;
  char buf[64];
  if (r == std::floor(r) && std::fabs(r) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", r);
  } else {
    std::snprintf(buf, sizeof buf, "%.2f", r);
    std::string s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    return s;
  }
  return buf;
}

void field(std::string& out, std::string_view name) {
  out += ", ";
  append_escaped(out, name);
  out += ": ";
}

}  // namespace

std::string findings_to_json(std::string_view text, const std::vector<Finding>& findings) {
  // DESIGN.md §4 counts spans in code points; the engine keeps bytes. Every
  // span offset is converted in one pass over the text.
  std::vector<std::size_t> bytes;
  bytes.reserve(2 * findings.size());
  for (const Finding& f : findings) {
    bytes.push_back(f.span_begin);
    bytes.push_back(f.span_end);
  }
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  const auto cps = code_point_offsets(text, bytes);
  auto cp = [&](std::size_t b) {
    return cps[static_cast<std::size_t>(std::lower_bound(bytes.begin(), bytes.end(), b) -
                                        bytes.begin())];
  };
  std::string out = "{\"findings\": [";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (i) out += ", ";
    out += "{\"kind\": ";
    append_escaped(out, to_string(f.kind));
    field(out, "segments");
    out += "[";
    for (std::size_t k = 0; k < f.segments.size(); ++k) {
      if (k) out += ", ";
      append_escaped(out, to_string(f.segments[k]));
    }
    out += "]";
    if (!f.extent.empty()) {
      field(out, "extent");
      out += "[";
      for (std::size_t k = 0; k < f.extent.size(); ++k) {
        if (k) out += ", ";
        append_escaped(out, to_string(f.extent[k]));
      }
      out += "]";
    }
    if (f.pelvis) {
      field(out, "pelvis");
      out += "true";
    }
    field(out, "negated");
    out += f.negated ? "true" : "false";
    field(out, "uncertain");
    out += f.uncertain ? "true" : "false";
    if (f.hypothetical) {
      field(out, "hypothetical");
      out += "true";
    }
    if (f.historical) {
      field(out, "historical");
      out += "true";
    }
    if (f.experiencer_other) {
      field(out, "experiencer");
      append_escaped(out, "other");
    }
    if (f.severity) {
      field(out, "severity");
      append_escaped(out, to_string(*f.severity));
    }
    if (f.grade) {
      field(out, "grade");
      out += std::to_string(*f.grade);
    }
    if (f.mm) {
      field(out, "mm");
      out += number(*f.mm);
    }
    if (f.degrees) {
      field(out, "degrees");
      out += number(*f.degrees);
    }
    if (f.direction) {
      field(out, "direction");
      append_escaped(out, *f.direction);
    }
    if (f.location) {
      field(out, "location");
      append_escaped(out, *f.location);
    }
    if (f.root) {
      field(out, "root");
      append_escaped(out, *f.root);
    }
    if (f.side) {
      field(out, "side");
      append_escaped(out, *f.side);
    }
    field(out, "span");
    out += "[" + std::to_string(cp(f.span_begin)) + ", " + std::to_string(cp(f.span_end)) + "]";
    if (f.weeks) {
      field(out, "weeks");
      out += number(*f.weeks);
    }
    if (f.visits) {
      field(out, "visits");
      out += std::to_string(*f.visits);
    }
    if (f.start) {
      field(out, "start");
      append_escaped(out, *f.start);
    }
    if (f.end) {
      field(out, "end");
      append_escaped(out, *f.end);
    }
    if (f.setting) {
      field(out, "setting");
      append_escaped(out, *f.setting);
    }
    out += "}";
  }
  out += "]}";
  return out;
}

}  // namespace spinecds::terminology
