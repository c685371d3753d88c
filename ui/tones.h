#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QToolBar;
class QWidget;

// Colours that say something (an error, a warning, success, information), taken from the
// palette in use instead of hard-coded: the same hue, lightened on a dark palette and
// darkened on a light one, so text stays readable under either. Banners blend the tone into
// the window colour and keep the palette's own text colour.
namespace Tones {

enum class Tone { Information, Success, Warning, Error };

bool isDark(const QPalette &palette);
// Text in this tone, readable on the palette's window and base colours.
QColor text(Tone tone, const QPalette &palette);
// A banner's background: the tone blended into the palette's window colour.
QColor background(Tone tone, const QPalette &palette);
// `plain` (escaped here) in this tone, for rich-text labels.
QString html(Tone tone, const QPalette &palette, const QString &plain);
// Gives a label's text the tone, following later palette changes of the label.
void apply(QWidget *label, Tone tone);
// Gives every tool button of `bar` the accessible name of its action (without the '&').
void nameToolButtons(QToolBar *bar);

} // namespace Tones
