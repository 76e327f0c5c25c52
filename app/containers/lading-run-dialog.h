/* lading-run-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "lading-store.h"
#include "lading-transfers.h"

G_BEGIN_DECLS

#define LADING_TYPE_RUN_DIALOG (lading_run_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LadingRunDialog, lading_run_dialog, LADING, RUN_DIALOG, AdwWindow)

GtkWidget *lading_run_dialog_new (GtkWindow       *parent,
                                  LadingStore     *store,
                                  LadingTransfers *transfers,
                                  const char      *image);

G_END_DECLS
