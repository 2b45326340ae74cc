#pragma once
// Summary readings that give way to an explicit statement (text engine,
// internal to terminology/; used by extract_findings()).
#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "terminology/finding.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// Deferent readings ("alignment is normal", "strength 5/5 throughout", "disc
// osteophyte complex") give way to an explicit statement of the same kind in
// the same or the neighbouring sentence: "Alignment is anatomic. No
// spondylolisthesis." and "DOC at L4-5 without herniation" each say one thing.
class Deference {
 public:
  explicit Deference(std::size_t chunk_start) : start_(chunk_start) {}

  void next_sentence() {
    std::swap(prev_, cur_);  // both keep their buffers
    cur_.clear();
  }

  // Whether `d` is kept; an explicit `d` marks the deferent findings it replaces.
  bool keep(const Draft& d, const std::vector<Finding>& out) {
    const auto replaces = [](const Finding& weak, const Finding& strong) {
      return weak.kind == strong.kind &&
             (weak.segments.empty() || weak.segments == strong.segments);
    };
    if (d.deferent) {
      for (const auto* list : {&prev_, &cur_}) {
        for (const auto& e : *list) {
          if (!e.deferent && replaces(d.f, out[e.index])) return false;
        }
      }
      // Two signs of one finding in one sentence ("hourglass narrowing of
      // the sac with crowding of the cauda equina at L3-4") are one finding.
      for (const auto& e : cur_) {
        if (e.deferent && !e.dropped && replaces(d.f, out[e.index]) &&
            d.f.negated == out[e.index].negated) {
          return false;
        }
      }
      cur_.push_back({out.size(), true});
      return true;
    }
    for (auto* list : {&prev_, &cur_}) {
      for (auto& e : *list) {
        if (e.deferent && !e.dropped && replaces(out[e.index], d.f)) {
          e.dropped = true;
          dropped_.push_back(e.index);
        }
      }
    }
    cur_.push_back({out.size(), false});
    return true;
  }

  // An addendum's correction ("the L4-5 canal stenosis is severe rather than
  // moderate"): the earlier finding of `f`'s kind, levels and place at the
  // `rejected` grade gives way. A correction that names no place corrects
  // the finding at any; one naming some of an earlier finding's levels ("L3-4
  // is mild, not moderate" after "moderate stenosis at L3-4 and L4-5") takes
  // those levels from it.
  void drop_corrected(const Finding& f, Severity rejected, std::vector<Finding>& out) {
    for (std::size_t r = start_; r < out.size(); ++r) {
      Finding& e = out[r];
      if (e.kind != f.kind || e.negated || e.severity != rejected ||
          (f.location && e.location != f.location)) {
        continue;
      }
      if (e.segments != f.segments) {
        const bool within = !f.segments.empty() && e.segments.size() > f.segments.size() &&
                            std::ranges::all_of(f.segments, [&](Segment g) {
                              return std::ranges::find(e.segments, g) != e.segments.end();
                            });
        if (within) {
          std::erase_if(e.segments, [&](Segment g) {
            return std::ranges::find(f.segments, g) != f.segments.end();
          });
        }
        continue;
      }
      if (std::find(dropped_.begin(), dropped_.end(), r) == dropped_.end()) dropped_.push_back(r);
    }
  }

  // An attending's addendum restating a finding of the preliminary read
  // out[from, to) (sections.h, ReadStage): the preliminary finding of `f`'s
  // kind and levels, at its place if both name one, gives way.
  void drop_revised(const Finding& f, std::size_t from, std::size_t to,
                    const std::vector<Finding>& out) {
    if (f.segments.empty()) return;
    for (std::size_t r = std::max(from, start_); r < to && r < out.size(); ++r) {
      const Finding& e = out[r];
      if (e.kind != f.kind || e.segments != f.segments ||
          (e.location && f.location && e.location != f.location)) {
        continue;
      }
      if (std::find(dropped_.begin(), dropped_.end(), r) == dropped_.end()) dropped_.push_back(r);
    }
  }

  // An addendum correcting the report's level numbering: every finding of
  // the read above it, out[from, to), that names a level gives way.
  void drop_levelled(std::size_t from, std::size_t to, const std::vector<Finding>& out) {
    for (std::size_t r = std::max(from, start_); r < to && r < out.size(); ++r) {
      if (out[r].segments.empty()) continue;
      if (std::find(dropped_.begin(), dropped_.end(), r) == dropped_.end()) dropped_.push_back(r);
    }
  }

  void compact(std::vector<Finding>& out) {
    if (dropped_.empty()) return;
    std::sort(dropped_.begin(), dropped_.end());
    std::size_t w = start_, next = 0;
    for (std::size_t r = start_; r < out.size(); ++r) {
      if (next < dropped_.size() && dropped_[next] == r) {
        ++next;
        continue;
      }
      if (w != r) out[w] = std::move(out[r]);
      ++w;
    }
    out.resize(w);
  }

 private:
  struct Entry {
    std::size_t index;
    bool deferent;
    bool dropped = false;
  };
  std::size_t start_;
  std::vector<Entry> prev_, cur_;
  std::vector<std::size_t> dropped_;
};

}  // namespace spinecds::terminology::text
