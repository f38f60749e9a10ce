# One place that gives every target the same warnings, Qt strictness and hardening.
include(CheckCXXCompilerFlag)

option(NANGODESK_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)

# Hardening flags the compiler takes: not every compiler and target accepts each (arm64 GCC refuses
# -fcf-protection, which is an x86 feature).
set(NANGODESK_HARDENING_FLAGS -fstack-protector-strong)
foreach(flag -fstack-clash-protection -fcf-protection)
    string(MAKE_C_IDENTIFIER "NANGODESK_HAS${flag}" var)
    check_cxx_compiler_flag(${flag} ${var})
    if(${var})
        list(APPEND NANGODESK_HARDENING_FLAGS ${flag})
    endif()
endforeach()

function(nangodesk_configure_target target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough -Wnull-dereference
        ${NANGODESK_HARDENING_FLAGS}
        $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    if(NANGODESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_CONTEXTLESS_CONNECT
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        QT_MESSAGELOGCONTEXT)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        target_link_options(${target} PRIVATE -pie -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    endif()
endfunction()
