// The review behind a card's link (DESIGN.md §6): unguessable, signed,
// expiring and then purged, and every piece of record text shown as text.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>

#include "service/html_escape.h"
#include "service/review_links.h"
#include "service/review_page.h"
#include "service/review_store.h"
#include "service/reviews.h"
#include "support/cards_fixtures.h"

using namespace spinecds;
using namespace spinecds::service;
using spinecds::test::founding_assessment;

namespace {

struct Db {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("spinecds-reviews-" + std::to_string(::getpid()) + "-" +
                       std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".db"))
                         .string();
  ~Db() {
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  }
  int rows() const {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM reviews", -1, &st, nullptr);
    int n = -1;
    if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
  }
};

struct Fixture {
  Db db;
  std::atomic<std::int64_t> now{1'800'000'000};
  std::unique_ptr<Reviews> reviews = make("shared-secret-of-the-replicas");

  std::unique_ptr<Reviews> make(const std::string& key) {
    auto open = open_review_store("sqlite:" + db.path);
    REQUIRE(open.store);
    return std::make_unique<Reviews>(key, 24, std::move(open.store), [this] { return now.load(); });
  }
};

struct Link {
  std::string id, query;
};

Link split(const std::string& url) {
  const auto at = url.find("/reviews/");
  REQUIRE(at != std::string::npos);
  const auto q = url.find('?', at);
  REQUIRE(q != std::string::npos);
  return {url.substr(at + 9, q - at - 9), url.substr(q + 1)};
}

}  // namespace

TEST_CASE_FIXTURE(Fixture,
                  "a signed link opens the page; tampered, foreign and expired ones do not") {
  const auto a = founding_assessment("ServiceRequest/sr-1");
  const std::string url = reviews->publish("https://cds.example.org", "hi-1", "svc", a);
  REQUIRE(url.rfind("https://cds.example.org/reviews/", 0) == 0);
  const auto link = split(url);
  CHECK(link.id.size() == 32);  // 128 bits

  const auto page = reviews->page(link.id, link.query);
  REQUIRE(page);
  CHECK(page->find("L4-L5") != std::string::npos);
  CHECK(page->find("lumbar-fusion") != std::string::npos);

  // Another id with the same signature, a changed signature, a later expiry.
  std::string other = link.id;
  other[0] = other[0] == 'a' ? 'b' : 'a';
  CHECK_FALSE(reviews->page(other, link.query));
  std::string q = link.query;
  q.back() = q.back() == '0' ? '1' : '0';
  CHECK_FALSE(reviews->page(link.id, q));
  CHECK_FALSE(
      reviews->page(link.id, "exp=9999999999&" + link.query.substr(link.query.find("sig="))));
  CHECK_FALSE(reviews->page(link.id, ""));
  CHECK_FALSE(reviews->page("../../etc/passwd", link.query));

  // A replica with another key rejects the link; one with the same key serves it.
  reviews->flush();
  CHECK_FALSE(make("another-key")->page(link.id, link.query));
  CHECK(make("shared-secret-of-the-replicas")->page(link.id, link.query));

  now += 24 * 3600;
  CHECK_FALSE(reviews->page(link.id, link.query));
}

TEST_CASE_FIXTURE(Fixture,
                  "the same call gives the same review id; a supported order gets no link") {
  const auto a = founding_assessment("ServiceRequest/sr-1");
  const auto first = split(reviews->publish("http://h", "hi-1", "svc", a));
  now += 5;
  const auto second = split(reviews->publish("http://h", "hi-1", "svc", a));
  CHECK(first.id == second.id);
  CHECK(first.query != second.query);  // expiry and signature only
  CHECK(split(reviews->publish("http://h", "hi-2", "svc", a)).id != first.id);

  auto supported = a;
  supported.verdict = criteria::Verdict::supported;
  CHECK(reviews->publish("http://h", "hi-1", "svc", supported).empty());
}

TEST_CASE_FIXTURE(Fixture,
                  "a hook call's review link is the one publish gives; its page opens once "
                  "committed, and an uncommitted link holds no place in the queue") {
  auto a = founding_assessment("ServiceRequest/sr-1");
  const auto published = split(reviews->publish("http://h", "hi-1", "svc", a));
  std::vector<criteria::Assessment> call_assessments{a};
  {
    Reviews::Call call(*reviews, "http://h", "svc");
    const auto link = split(call.link("hi-1", 0, call_assessments[0]));
    CHECK(link.id == published.id);
    call.commit(call_assessments);  // the assessment is moved into the queue
    const auto page = reviews->page(link.id, link.query);
    REQUIRE(page);
    CHECK(page->find("L4-L5") != std::string::npos);
  }
  auto supported = a;
  supported.verdict = criteria::Verdict::supported;
  Reviews::Call call(*reviews, "http://h", "svc");
  CHECK(call.link("hi-1", 0, supported).empty());

  // A queue of one place: a link signed and never committed gives it back.
  auto one = std::make_unique<Reviews>(
      "k", 24, nullptr, [this] { return now.load(); }, 1);
  {
    Reviews::Call abandoned(*one, "http://h", "svc");
    CHECK_FALSE(abandoned.link("hi-2", 0, a).empty());
    Reviews::Call other(*one, "http://h", "svc");
    CHECK(other.link("hi-3", 0, a).empty());  // the one place is held
  }
  one->flush();
  CHECK_FALSE(one->publish("http://h", "hi-4", "svc", a).empty());
}

TEST_CASE_FIXTURE(Fixture, "expired reviews are purged from the store") {
  const auto a = founding_assessment("ServiceRequest/sr-1");
  reviews->publish("http://h", "hi-1", "svc", a);
  reviews->flush();
  CHECK(db.rows() == 1);
  now += 25 * 3600;
  reviews->publish("http://h", "hi-2", "svc", a);  // the next write purges
  reviews->flush();
  CHECK(db.rows() == 1);
}

TEST_CASE("hostile record text is shown as text and the policy allows no script") {
  auto a = founding_assessment("ServiceRequest/sr-1");
  const std::string hostile =
      "<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) \" ' &";
  a.levels[0].evidence.push_back({"DiagnosticReport/evil", hostile, "MRI <b>", "2026-01-01"});
  a.criteria[0].summary = hostile;
  a.criteria[0].evidence.push_back({"Observation/evil\"><script>", hostile});
  a.data_gaps = {{"procedures", hostile, false}};
  const std::string html = review_html(a, "svc<script>");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("href") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  CHECK(html.find("[x](javascript:alert(3))") != std::string::npos);  // inert text
  const std::string& csp = review_csp();
  CHECK(csp.find("default-src 'none'") != std::string::npos);
  CHECK(csp.find("script-src") == std::string::npos);  // falls back to 'none'
  CHECK(csp.find("unsafe-inline") == std::string::npos);
}

TEST_CASE("review ids and signatures") {
  CHECK(review_id("k", "m") == review_id("k", "m"));
  CHECK(review_id("k", "m") != review_id("k2", "m"));
  CHECK(random_review_key().size() == 64);
  CHECK(random_review_key() != random_review_key());
  const auto id = review_id("k", "m");
  const auto sig = review_signature("k", id, 100);
  CHECK(review_signature_ok("k", id, 100, sig));
  CHECK_FALSE(review_signature_ok("k", id, 101, sig));
  CHECK_FALSE(review_signature_ok("k", id, 100, sig.substr(0, 63)));
  CHECK(query_param("exp=1&sig=ab", "sig") == "ab");
  CHECK(query_param("exp=1&sig=ab", "x").empty());
  // HMAC-SHA256 as Python's hmac module computes it: links issued before a
  // change to how the MAC is computed keep opening.
  CHECK(review_signature("k", "abc", 100) ==
        "c1df8d6df805d8d5a0ca91a2b7d011fc8b0ffc32a55572f19a08ded1c9380404");
  CHECK(review_id("k", {"instance", "\n", "service", "\n", "{}"}) ==
        "9d2ec2768476db738fe65bd5171a62c8");
  CHECK(review_id("k", "instance\nservice\n{}") == "9d2ec2768476db738fe65bd5171a62c8");
}

TEST_CASE("the review id's material: append_json is to_json's compact text, in a reused buffer") {
  // Reviews::sign hashes append_json's text; ids issued before it hashed
  // to_json(a, false) and must stay the same.
  const auto a = founding_assessment("ServiceRequest/sr-1");
  const std::string compact = criteria::to_json(a, false);
  std::string buffer = "prefix";
  criteria::append_json(a, buffer);
  CHECK(buffer == "prefix" + compact);
  for (int round = 0; round < 2; ++round) {
    buffer.clear();
    criteria::append_json(a, buffer);
    CHECK(buffer == compact);
  }
}

TEST_CASE("the review id's material: write_json_over gives the same text over a kept buffer") {
  // Reviews::sign writes over its thread's buffer without clearing it: what
  // an earlier, longer text left past the end must not reach the hash.
  const auto a = founding_assessment("ServiceRequest/sr-1");
  const std::string compact = criteria::to_json(a, false);
  std::string scratch(compact.size() * 3, 'x');
  CHECK(criteria::write_json_over(a, scratch) == compact);
  std::string empty;
  for (int round = 0; round < 2; ++round) CHECK(criteria::write_json_over(a, empty) == compact);
}

TEST_CASE("a MAC under one key is the same whichever key was used before it") {
  // The keyed state is kept between calls: a change of key must not reuse it.
  const std::string long_key(100, 'k');  // longer than a block: the key is hashed first
  for (int round = 0; round < 2; ++round) {
    CHECK(review_signature("k2", "abc", 100) ==
          "c69c79dae1e1d7a67454d1b4753de327147ee1362b375f98acef22999a0caeaa");
    CHECK(review_signature("k", "abc", 100) ==
          "c1df8d6df805d8d5a0ca91a2b7d011fc8b0ffc32a55572f19a08ded1c9380404");
    CHECK(review_signature(long_key, "abc", 100) ==
          "246f037df9af699c6daf471774510fa8661790f97df5ae99e07f9b3f3de1d504");
    CHECK(review_signature(long_key, "abc", 100) ==
          "246f037df9af699c6daf471774510fa8661790f97df5ae99e07f9b3f3de1d504");
  }
}

TEST_CASE("record text on a review page: every byte is escaped wherever it falls in a run") {
  // What the page must show for one byte: markup as entities, control
  // characters other than tab and line breaks dropped, the rest as it is. A
  // single byte takes the byte-at-a-time path, the rule the block scan must
  // agree with.
  CHECK(html_escape("&<>\"'") == "&amp;&lt;&gt;&quot;&#39;");
  CHECK(html_escape(std::string("a\tb\nc\rd\x01\x1f\x7f\xc3\xa9", 12)) ==
        std::string("a\tb\nc\rd\x7f\xc3\xa9", 10));
  auto expected = [](int c) { return html_escape(std::string(1, static_cast<char>(c))); };
  // The scan takes sixteen bytes at a time: each byte value at each offset
  // across three blocks, with plain text and a second special byte around it.
  for (int c = 0; c < 256; ++c) {
    for (std::size_t at = 0; at < 40; ++at) {
      const std::string text =
          std::string(at, 'a') + static_cast<char>(c) + "b<c" + std::string(21, 'd') + "\xc3\xa9";
      const std::string want =
          std::string(at, 'a') + expected(c) + "b&lt;c" + std::string(21, 'd') + "\xc3\xa9";
      CAPTURE(c);
      CAPTURE(at);
      CHECK(html_escape(text) == want);
    }
  }
}
