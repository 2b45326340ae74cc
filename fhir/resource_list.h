#pragma once
// FHIR resources viewed where they were parsed, not copied (issue 14): a
// gathered record points into the hook request's prefetch and into the
// documents of the FHIR server's answers, which the list keeps alive. A view
// into a document the list does not keep (the request) must not outlive it.
#include <cstddef>
#include <memory>
#include <vector>

#include <rapidjson/document.h>

namespace spinecds::fhir {

class ResourceList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = rapidjson::Value;
    using difference_type = std::ptrdiff_t;
    using pointer = const rapidjson::Value*;
    using reference = const rapidjson::Value&;

    const_iterator() = default;
    explicit const_iterator(std::vector<const rapidjson::Value*>::const_iterator it) : it_(it) {}
    reference operator*() const { return **it_; }
    pointer operator->() const { return *it_; }
    const_iterator& operator++() {
      ++it_;
      return *this;
    }
    const_iterator operator++(int) {
      auto old = *this;
      ++it_;
      return old;
    }
    friend bool operator==(const const_iterator&, const const_iterator&) = default;

   private:
    std::vector<const rapidjson::Value*>::const_iterator it_;
  };

  ResourceList() = default;
  ResourceList(ResourceList&&) = default;
  ResourceList& operator=(ResourceList&&) = default;

  // Keeps `doc` as long as the list lives; what is returned stays put (views
  // into it stay valid when the list moves).
  const rapidjson::Document& keep(rapidjson::Document doc) {
    kept_.push_back(std::make_unique<rapidjson::Document>(std::move(doc)));
    return *kept_.back();
  }
  // Keeps every document `other` keeps; `other`'s views stay valid.
  void keep_documents_of(ResourceList& other) {
    for (auto& d : other.kept_) kept_.push_back(std::move(d));
    other.kept_.clear();
  }
  // Keeps `doc` and views each element of it, an array (or `doc` itself when
  // it is not one): for tests and fuzzers that build a record from JSON.
  void adopt(rapidjson::Document doc) {
    const auto& d = keep(std::move(doc));
    if (!d.IsArray()) {
      add(d);
      return;
    }
    for (const auto& r : d.GetArray()) add(r);
  }
  void add(const rapidjson::Value& resource) { items_.push_back(&resource); }

  const_iterator begin() const { return const_iterator(items_.begin()); }
  const_iterator end() const { return const_iterator(items_.end()); }
  rapidjson::SizeType Size() const { return static_cast<rapidjson::SizeType>(items_.size()); }
  bool Empty() const { return items_.empty(); }
  const rapidjson::Value& operator[](std::size_t i) const { return *items_[i]; }

  // The spelling of a rapidjson array, so readers written against one (the
  // record used to be a Document) read the list unchanged.
  bool IsArray() const { return true; }
  const ResourceList& GetArray() const { return *this; }

 private:
  std::vector<const rapidjson::Value*> items_;
  std::vector<std::unique_ptr<rapidjson::Document>> kept_;
};

}  // namespace spinecds::fhir
