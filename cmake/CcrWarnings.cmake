# Warnings every target of ours compiles with; -Werror only where asked (the dev
# preset), so a newer compiler's new warning does not break a user's build.
option(CCR_WERROR "Treat warnings as errors" OFF)
add_library(ccr_warnings INTERFACE)
target_compile_options(ccr_warnings INTERFACE -Wall -Wextra)
if(CCR_WERROR)
  target_compile_options(ccr_warnings INTERFACE -Werror)
endif()
# Q_SIGNALS/Q_SLOTS/Q_EMIT only: 'signals' and 'emit' clash with other libraries' names.
target_compile_definitions(ccr_warnings INTERFACE QT_NO_KEYWORDS)
