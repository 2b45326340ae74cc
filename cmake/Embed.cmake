# Embeds data files (schemas, value sets, policy, the web page) into a library so
# the binary runs anywhere on its defaults, with no files beside it.
# spinecds_embed(TARGET name FUNCTION ns::fn FILES a b ...) generates
#   std::optional<std::string_view> ns::fn(std::string_view relative_path)
# with paths relative to the calling folder ("schemas/x.json"), or to ROOT
# when given (files elsewhere: test cases, a Debian package's JavaScript).
function(spinecds_embed)
  cmake_parse_arguments(E "" "TARGET;NAMESPACE;FUNCTION;ROOT" "FILES" ${ARGN})
  if(NOT E_ROOT)
    set(E_ROOT "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${E_TARGET}_embedded.cpp")
  set(abs_files)
  foreach(f ${E_FILES})
    list(APPEND abs_files "${E_ROOT}/${f}")
  endforeach()
  # A CMake list would be split by the shell; pass the files joined by '|'.
  string(REPLACE ";" "|" files_arg "${abs_files}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${E_NAMESPACE} -DFN=${E_FUNCTION}
            -DROOT=${E_ROOT} "-DFILES=${files_arg}"
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedGenerate.cmake"
    DEPENDS ${abs_files} "${PROJECT_SOURCE_DIR}/cmake/EmbedGenerate.cmake"
    COMMENT "Embedding data files for ${E_TARGET}"
    VERBATIM)
  add_library(${E_TARGET} ${SPINECDS_LIBRARY_TYPE} "${out}")
endfunction()
