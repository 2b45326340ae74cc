// SHA-1 and name-based UUIDs: the card uuids must be RFC 4122 v5 and stable.
#include <doctest/doctest.h>

#include <set>

#include "cards/card_uuid.h"
#include "cards/sha1.h"

using namespace spinecds::cards;

TEST_CASE("SHA-1 test vectors (FIPS 180-2)") {
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  CHECK(sha1_hex("abc", 8) == "a9993e36");
  // Lengths on each side of where the padding needs a second block
  // (Python's hashlib).
  CHECK(sha1_hex(std::string(55, 'x')) == "cef734ba81a024479e09eb5a75b6ddae62e6abf1");
  CHECK(sha1_hex(std::string(63, 'x')) == "0ddc4e0cccd9a12850deb5abb0853a4425559fec");
  CHECK(sha1_hex(std::string(64, 'x')) == "bb2fa3ee7afb9f54c6dfb5d021f14b1ffe40c163");
  CHECK(sha1_hex(std::string(119, 'x')) == "4300320394f7ee239bcdce7d3b8bcee173a0cd5c");
  CHECK(sha1_hex(std::string(120, 'x')) == "ceb2821639c4b6dcb10bce0e522ca2e608ce056d");
  // The first length whose padding spills into a second block, and whole
  // blocks hashed where they lie before a tail.
  CHECK(sha1_hex(std::string(56, 'x')) == "901305367c259952f4e7af8323f480d59f81335b");
  CHECK(sha1_hex(std::string(128, 'x')) == "150fa3fbdc899bd0b8f95a9fb6027f564d953762");
  CHECK(sha1_hex(std::string(129, 'x')) == "2699b675922cc84a9b0dfd926eb7f8211c78693d");
}

TEST_CASE("uuid_v5 matches RFC 4122 / Python uuid.uuid5") {
  // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
  CHECK(uuid_v5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // The project namespace is uuid5(NAMESPACE_URL, "https://spinecds.dev/cards").
  CHECK(uuid_v5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://spinecds.dev/cards") ==
        std::string(card_uuid_namespace()));
}

TEST_CASE("card_uuid: same instance and problem, same uuid; otherwise distinct") {
  const auto a =
      card_uuid("6e06d4f0-321a-562f-b78e-87e19ef136f7", "ServiceRequest/x\nfusion-extent");
  CHECK(a == card_uuid("6e06d4f0-321a-562f-b78e-87e19ef136f7", "ServiceRequest/x\nfusion-extent"));
  CHECK(a.size() == 36);
  CHECK(a[14] == '5');
  CHECK((a[19] == '8' || a[19] == '9' || a[19] == 'a' || a[19] == 'b'));
  std::set<std::string> all;
  for (const char* inst : {"i1", "i2"})
    for (const char* p : {"a", "b", "c"}) all.insert(card_uuid(inst, p));
  CHECK(all.size() == 6);
}
