/* lading-network.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LADING_TYPE_NETWORK (lading_network_get_type ())

G_DECLARE_FINAL_TYPE (LadingNetwork, lading_network, LADING, NETWORK, GObject)

const char *lading_network_get_id       (LadingNetwork *self);
const char *lading_network_get_short_id (LadingNetwork *self);
const char *lading_network_get_name     (LadingNetwork *self);
const char *lading_network_get_driver   (LadingNetwork *self);
const char *lading_network_get_scope    (LadingNetwork *self);
const char *lading_network_get_subnet   (LadingNetwork *self);
gint64      lading_network_get_created  (LadingNetwork *self);
gboolean    lading_network_get_internal (LadingNetwork *self);
GHashTable *lading_network_get_labels   (LadingNetwork *self);
const char * const *lading_network_get_used_by (LadingNetwork *self);
guint       lading_network_get_containers (LadingNetwork *self);
gboolean    lading_network_get_builtin  (LadingNetwork *self);

G_END_DECLS
