/* lading-container-launcher.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "lading-store.h"
#include "lading-transfers.h"

G_BEGIN_DECLS

#define LADING_TYPE_CONTAINER_LAUNCHER (lading_container_launcher_get_type ())

G_DECLARE_FINAL_TYPE (LadingContainerLauncher, lading_container_launcher, LADING,
                      CONTAINER_LAUNCHER, GObject)

LadingContainerLauncher *lading_container_launcher_new        (LadingStore             *store,
                                                               LadingTransfers         *transfers);
void                     lading_container_launcher_run_async  (LadingContainerLauncher *self,
                                                               const LadingRunSpec     *spec,
                                                               GCancellable            *cancellable,
                                                               GAsyncReadyCallback      callback,
                                                               gpointer                 user_data);
LadingContainer         *lading_container_launcher_run_finish (LadingContainerLauncher *self,
                                                               GAsyncResult            *result,
                                                               GError                 **error);

G_END_DECLS
