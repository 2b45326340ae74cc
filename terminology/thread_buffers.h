#pragma once
// Scratch buffers a reader keeps per thread across texts and calls, so that
// each text reuses their memory instead of allocating its own. The reader
// clears or assigns every buffer before it reads it. A nested borrow (a
// reader that, through some path, reads another text while it holds the
// buffers) gets fresh ones, so it never sees or spoils the outer read's.
namespace spinecds::terminology {

// T: a struct of the buffers, default-constructible; one T per thread and type.
template <class T>
class BorrowedBuffers {
 public:
  BorrowedBuffers() {
    thread_local Kept kept;
    if (kept.busy) {
      own_ = new T();
      b_ = own_;
    } else {
      kept.busy = true;
      busy_ = &kept.busy;
      b_ = &kept.buffers;
    }
  }
  ~BorrowedBuffers() {
    if (busy_ != nullptr) *busy_ = false;
    delete own_;
  }
  BorrowedBuffers(const BorrowedBuffers&) = delete;
  BorrowedBuffers& operator=(const BorrowedBuffers&) = delete;
  T& operator*() { return *b_; }
  T* operator->() { return b_; }

 private:
  struct Kept {
    T buffers;
    bool busy = false;
  };
  T* b_ = nullptr;
  T* own_ = nullptr;
  bool* busy_ = nullptr;
};

}  // namespace spinecds::terminology
