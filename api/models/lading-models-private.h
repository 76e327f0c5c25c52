/* lading-models-private.h
 *
 * Pure parsers and in-place updaters for the model objects.  They take JSON that
 * the engine sent and do no I/O, so unit tests and fuzzers call them directly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lading-container.h"
#include "lading-disk-usage.h"
#include "lading-image.h"
#include "lading-image-layer.h"
#include "lading-network.h"
#include "lading-search-result.h"
#include "lading-volume.h"

G_BEGIN_DECLS

/* Each *_list_parse returns a GPtrArray of new objects (element free func set).
 * One malformed element is skipped with g_debug; a body that is not the expected
 * JSON shape fails with LADING_ENGINE_ERROR_BAD_RESPONSE. */

/* `now` (unix seconds) turns the engine's "Up 3 minutes" / "Exited (1) 2 hours ago"
 * into started-at / finished-at, since /containers/json carries no timestamps. */
GPtrArray       *_lading_container_list_parse            (GBytes          *bytes,
                                                          gint64           now,
                                                          GError         **error);
LadingContainer *_lading_container_new_from_list_json    (JsonObject      *object,
                                                          gint64           now,
                                                          GError         **error);
LadingContainer *_lading_container_new_from_inspect_json (JsonObject      *object,
                                                          GError         **error);
LadingContainer *_lading_container_inspect_parse         (GBytes          *bytes,
                                                          GError         **error);
/* Copies every field of @from into @self (same id), notifying only what changed,
 * so rows bound to @self follow without losing their identity. */
void             _lading_container_assign                (LadingContainer *self,
                                                          LadingContainer *from);
/* Docker's units.HumanDuration text ("Less than a second", "About an hour",
 * "3 days", …) back to seconds; FALSE if @text is not one of its forms. */
gboolean         _lading_parse_human_duration            (const char      *text,
                                                          gint64          *seconds);

GPtrArray       *_lading_image_list_parse                (GBytes          *bytes,
                                                          GError         **error);
LadingImage     *_lading_image_new_from_list_json        (JsonObject      *object,
                                                          GError         **error);
LadingImage     *_lading_image_inspect_parse             (GBytes          *bytes,
                                                          GError         **error);
/* The Config and platform of an image's inspect object. */
LadingImageConfig *_lading_image_config_new_from_json     (JsonObject      *inspect);
/* GET /images/{name}/history: a GPtrArray of LadingImageLayer, newest first. */
GPtrArray       *_lading_image_history_parse             (GBytes          *bytes,
                                                          GError         **error);
void             _lading_image_assign                    (LadingImage     *self,
                                                          LadingImage     *from);
/* Kept by LadingStore from its container list; the engine reports -1 here. */
void             _lading_image_set_containers            (LadingImage     *self,
                                                          guint            containers);

/* GET /system/df. */
LadingDiskUsage *_lading_disk_usage_parse                (GBytes          *bytes,
                                                          GError         **error);
/* The part of the image's size it shares with others, from the store's
 * last GET /system/df; -1 while unknown. */
void             _lading_image_set_shared_size           (LadingImage     *self,
                                                          gint64           shared_size);
/* GET /images/search: a GPtrArray of LadingSearchResult, best match first. */
GPtrArray       *_lading_search_results_parse            (GBytes          *bytes,
                                                          GError         **error);

GPtrArray       *_lading_volume_list_parse               (GBytes          *bytes,
                                                          GError         **error);
LadingVolume    *_lading_volume_new_from_json            (JsonObject      *object,
                                                          GError         **error);
LadingVolume    *_lading_volume_inspect_parse            (GBytes          *bytes,
                                                          GError         **error);
void             _lading_volume_assign                   (LadingVolume    *self,
                                                          LadingVolume    *from);
/* Kept by LadingStore: the names of the containers that mount this volume
 * (NULL-terminated, sorted); also sets the "containers" count. */
void             _lading_volume_set_used_by              (LadingVolume       *self,
                                                          const char * const *names);
void             _lading_volume_set_size                 (LadingVolume       *self,
                                                          gint64              size);

GPtrArray       *_lading_network_list_parse              (GBytes          *bytes,
                                                          GError         **error);
LadingNetwork   *_lading_network_new_from_json           (JsonObject      *object,
                                                          GError         **error);
LadingNetwork   *_lading_network_inspect_parse           (GBytes          *bytes,
                                                          GError         **error);
void             _lading_network_assign                  (LadingNetwork   *self,
                                                          LadingNetwork   *from);
void             _lading_network_set_used_by             (LadingNetwork      *self,
                                                          const char * const *names);

G_END_DECLS
