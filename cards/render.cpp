#include "cards/render.h"

namespace spinecds::cards {

rapidjson::Document render_response(const RenderInput& in) {
  rapidjson::Document out(rapidjson::kObjectType);
  (void)in;
  out.AddMember("cards", rapidjson::Value(rapidjson::kArrayType), out.GetAllocator());
  return out;
}

}  // namespace spinecds::cards
