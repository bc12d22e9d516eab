#pragma once

class QWidget;

namespace ccr::client {

// Names inputs after the labels that stand for them, so a screen reader says
// "Subject, edit" rather than "edit". Qt does this by itself only when a
// label's buddy is the input and both share a parent; a field wrapped with
// its error line (FieldErrorLabels::wrap) or a row of several controls
// breaks that, so the label's words become the input's accessible name.
// Inputs given a name on purpose keep it; names this set follow the labels
// when called again (after a language change).
namespace AccessibleNames {

void fromLabels(QWidget *root);

// Keeps every window named: each window as it is shown, and all of them
// again once the widgets have re-worded themselves after a language change.
// Installed once, by the main window.
void keepWindowsNamed();

} // namespace AccessibleNames

} // namespace ccr::client
