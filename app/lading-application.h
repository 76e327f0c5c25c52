/* lading-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LADING_TYPE_APPLICATION (lading_application_get_type ())

G_DECLARE_FINAL_TYPE (LadingApplication, lading_application, LADING, APPLICATION, AdwApplication)

LadingApplication *lading_application_new (void);

G_END_DECLS
