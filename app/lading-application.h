/* lading-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-settings.h"

G_BEGIN_DECLS

#define LADING_TYPE_APPLICATION (lading_application_get_type ())

G_DECLARE_FINAL_TYPE (LadingApplication, lading_application, LADING, APPLICATION, AdwApplication)

LadingApplication *lading_application_new          (void);
LadingSettings    *lading_application_get_settings (LadingApplication *self);

G_END_DECLS
