#include "service/cli_terminology.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include "terminology/level_parser.h"
#include "terminology/text_findings.h"

namespace spinecds::service {

namespace {

constexpr std::string_view kLevelsUsage =
    "usage: spinecds levels LEVELS\n"
    "  Prints how a vertebral level string parses, as JSON:\n"
    "  {\"segments\": [\"L2-L3\", ...], \"pelvis\": true}\n"
    "  Examples: \"L4-5\", \"L5/S1\", \"L2-pelvis\", \"L3-4 and L4-5\", \"T10 to the ilium\"\n"
    "  Exit 0 on success, 2 when the string is not a level.\n";

constexpr std::string_view kExtractUsage =
    "usage: spinecds extract --text TEXT | --file PATH\n"
    "  Prints the findings in clinical text (radiology impressions, notes,\n"
    "  order text) as JSON: {\"findings\": [...]}. --file - reads stdin.\n"
    "  Exit 0 on success, 2 on bad arguments.\n";

// The caller sees one line; a level string may hold newlines or controls.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
  return out;
}

int usage_error(std::string_view command, std::string_view message) {
  std::cerr << "spinecds " << command << ": " << one_line(message) << " (see --help)\n";
  return 2;
}

bool is_help(std::string_view a) {
  return a == "--help" || a == "-h" || a == "help";
}

}  // namespace

int run_levels_command(int argc, char** argv) {
  std::string text;
  bool any = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (is_help(a)) {
      std::cout << kLevelsUsage;
      return 0;
    }
    if (a == "--") {
      for (++i; i < argc; ++i) {
        if (any) text += ' ';
        text += argv[i];
        any = true;
      }
      break;
    }
    if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
      return usage_error("levels", "unknown option " + std::string(a));
    }
    // Unquoted words ("L2 to the ilium") arrive as several arguments.
    if (any) text += ' ';
    text += a;
    any = true;
  }
  if (!any) return usage_error("levels", "missing the level string, e.g. spinecds levels L4-5");
  const auto parse = terminology::parse_levels(text);
  if (!parse.value) {
    std::cerr << "spinecds levels: " << one_line(parse.error) << "\n";
    return 2;
  }
  std::cout << terminology::to_json(*parse.value) << "\n";
  return 0;
}

int run_extract_command(int argc, char** argv) {
  std::string text;
  bool have = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (is_help(a)) {
      std::cout << kExtractUsage;
      return 0;
    }
    std::string_view value;
    std::string_view name = a;
    bool inline_value = false;
    if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string_view::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inline_value = true;
    }
    if (name != "--text" && name != "--file") {
      return usage_error("extract", a.rfind("-", 0) == 0 ? "unknown option " + std::string(a)
                                                         : "unexpected argument; use --text");
    }
    if (!inline_value) {
      if (i + 1 >= argc) return usage_error("extract", std::string(name) + " needs a value");
      value = argv[++i];
    }
    if (have) return usage_error("extract", "give one --text or --file");
    have = true;
    if (name == "--text") {
      text.assign(value);
    } else if (value == "-") {
      text.assign(std::istreambuf_iterator<char>(std::cin), {});
    } else {
      std::ifstream in{std::string(value), std::ios::binary};
      if (!in) return usage_error("extract", "cannot read " + std::string(value));
      std::ostringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    }
  }
  if (!have) return usage_error("extract", "missing --text TEXT");
  std::cout << terminology::findings_to_json(text, terminology::extract_findings(text)) << "\n";
  return 0;
}

}  // namespace spinecds::service
