#pragma once
// `spinecds levels` and `spinecds extract`: how a level string parses and
// which findings a sentence holds, as JSON (DESIGN.md §4).
namespace spinecds::service {

// argv[0] is the subcommand name ("levels"). Exit 0 with JSON on stdout, 2 on
// bad input with one line on stderr.
int run_levels_command(int argc, char** argv);

// argv[0] is the subcommand name ("extract").
int run_extract_command(int argc, char** argv);

}  // namespace spinecds::service
