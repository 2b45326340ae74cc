#pragma once
// Base64url for JOSE: the one codec is terminology/base64.h.
#include "terminology/base64.h"

namespace spinecds::service::auth {

using terminology::base64url_decode;
using terminology::base64url_encode;

}  // namespace spinecds::service::auth
