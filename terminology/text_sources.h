#pragma once
// Text wherever a FHIR resource keeps it, reduced to plain text for the
// engine and for evidence quotes: base64 attachments (text/plain, text/html,
// text/rtf), the narrative (text.div). Every function is one pass over its
// input.
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::terminology {

// HTML or XHTML to plain text: tags dropped, block tags (p, div, br, li, tr,
// h1-h6, ...) become line breaks so report lines stay lines, script and style
// content dropped, entities decoded (named, &#8211; and &#x2013;), &nbsp; a
// plain space.
std::string html_to_text(std::string_view html);

// RTF to plain text: control words and destinations ({\fonttbl ...}) dropped,
// \par and \line line breaks, \'hh (Windows-1252) and \uN characters decoded.
std::string rtf_to_text(std::string_view rtf);

// The plain text of an Attachment: `data` decoded (base64) and reduced by its
// contentType; empty for binary types (PDF, images) or undecodable data.
std::string attachment_text(const rapidjson::Value& attachment);

// The plain text of a resource's narrative (text.div), empty when absent.
std::string narrative_text(const rapidjson::Value& resource);
// A FHIR resource's words as a clinician reads them: a Composition's title
// and each section's title and narrative (sub-sections in order), a Bundle's
// resources in turn, else the resource's own narrative (an ABDM or IPS
// document, a JSON attachment).
std::string resource_narrative(const rapidjson::Value& resource);

}  // namespace spinecds::terminology
