/* lading-engine.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "lading-container.h"
#include "lading-disk-usage.h"
#include "lading-endpoint.h"
#include "lading-image.h"
#include "lading-image-layer.h"
#include "lading-network.h"
#include "lading-process-list.h"
#include "lading-network-spec.h"
#include "lading-run-spec.h"
#include "lading-search-result.h"
#include "lading-volume.h"

G_BEGIN_DECLS

#define LADING_TYPE_ENGINE (lading_engine_get_type ())

G_DECLARE_FINAL_TYPE (LadingEngine, lading_engine, LADING, ENGINE, GObject)

LadingEngine    *lading_engine_new                     (LadingEndpoint       *endpoint);
LadingEndpoint  *lading_engine_get_endpoint            (LadingEngine         *self);
const char      *lading_engine_get_api_version         (LadingEngine         *self);
const char      *lading_engine_get_server_version      (LadingEngine         *self);
const char      *lading_engine_get_product_name        (LadingEngine         *self);
const char      *lading_engine_get_host_name           (LadingEngine         *self);
gboolean         lading_engine_get_is_podman           (LadingEngine         *self);
gint64           lading_engine_get_memory_total        (LadingEngine         *self);
int              lading_engine_get_n_cpus              (LadingEngine         *self);
GDateTime       *lading_engine_get_connected_at        (LadingEngine         *self);
void             lading_engine_connect_async           (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         lading_engine_connect_finish          (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* What connecting learned, to hand to another LadingEngine of the same
 * endpoint (one connected in another thread, say) so it need not connect. */
typedef struct _LadingEngineConnection LadingEngineConnection;

LadingEngineConnection *lading_engine_dup_connection    (LadingEngine                 *self);
void                    lading_engine_adopt_connection  (LadingEngine                 *self,
                                                         const LadingEngineConnection *connection);
void                    lading_engine_connection_free   (LadingEngineConnection       *connection);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingEngineConnection, lading_engine_connection_free)

void             lading_engine_list_containers_async   (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_containers_finish  (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_images_async       (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_images_finish      (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_volumes_async      (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_volumes_finish     (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_list_networks_async     (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_list_networks_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_container_async (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingContainer *lading_engine_inspect_container_finish (LadingEngine        *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_image_async     (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingImage     *lading_engine_inspect_image_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_image_history_async     (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_image_history_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_create_container_async  (LadingEngine         *self,
                                                        const LadingRunSpec  *spec,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
char            *lading_engine_create_container_finish (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_create_volume_async     (LadingEngine         *self,
                                                        const char           *name,
                                                        const char           *driver,
                                                        GHashTable           *options,
                                                        GHashTable           *labels,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingVolume    *lading_engine_create_volume_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_remove_volume_async     (LadingEngine         *self,
                                                        const char           *name,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         lading_engine_remove_volume_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_create_network_async    (LadingEngine         *self,
                                                        const LadingNetworkSpec *spec,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
char            *lading_engine_create_network_finish   (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_remove_network_async    (LadingEngine         *self,
                                                        const char           *network,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         lading_engine_remove_network_finish   (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_connect_network_async   (LadingEngine         *self,
                                                        const char           *network,
                                                        const char           *container,
                                                        const char * const   *aliases,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         lading_engine_connect_network_finish  (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_disconnect_network_async (LadingEngine        *self,
                                                        const char           *network,
                                                        const char           *container,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean         lading_engine_disconnect_network_finish (LadingEngine       *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_disk_usage_async        (LadingEngine         *self,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingDiskUsage *lading_engine_disk_usage_finish       (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_search_images_async     (LadingEngine         *self,
                                                        const char           *term,
                                                        guint                 limit,
                                                        const char           *registry_auth,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GPtrArray       *lading_engine_search_images_finish    (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_volume_async    (LadingEngine         *self,
                                                        const char           *name,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingVolume    *lading_engine_inspect_volume_finish   (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_inspect_network_async   (LadingEngine         *self,
                                                        const char           *id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
LadingNetwork   *lading_engine_inspect_network_finish  (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);
void             lading_engine_open_events_async       (LadingEngine         *self,
                                                        GDateTime            *since,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
GInputStream    *lading_engine_open_events_finish      (LadingEngine         *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

/* Container actions ------------------------------------------------------------
 *
 * Each call completes once the engine has answered; the new state reaches the
 * lists through the store's /events stream, so nobody re-lists afterwards.
 * Failures are LADING_ENGINE_ERROR with the engine's own message (404 NOT_FOUND,
 * 409 CONFLICT, …); widgets/status/lading-action-error.h turns them into sentences.
 * A container that is already in the wanted state (the engine's 304 on start
 * or stop) counts as success.
 */

/**
 * LadingContainerAction:
 *
 * The actions that lading_engine_container_action_async() and #LadingBulk run
 * over any container.  Nicks: "start", "stop", "restart", "pause", "unpause",
 * "kill", "remove".
 */
typedef enum
{
  LADING_CONTAINER_ACTION_START,
  LADING_CONTAINER_ACTION_STOP,
  LADING_CONTAINER_ACTION_RESTART,
  LADING_CONTAINER_ACTION_PAUSE,
  LADING_CONTAINER_ACTION_UNPAUSE,
  LADING_CONTAINER_ACTION_KILL,
  LADING_CONTAINER_ACTION_REMOVE,
} LadingContainerAction;

/**
 * LadingContainerActionFlags:
 * @LADING_CONTAINER_ACTION_FLAGS_NONE: the engine's defaults
 * @LADING_CONTAINER_ACTION_FLAGS_FORCE: remove: kill a running container first
 * @LADING_CONTAINER_ACTION_FLAGS_REMOVE_VOLUMES: remove: also remove its anonymous volumes
 *
 * Options of the generic action; the other actions ignore them.
 */
typedef enum /*< flags >*/
{
  LADING_CONTAINER_ACTION_FLAGS_NONE           = 0,
  LADING_CONTAINER_ACTION_FLAGS_FORCE          = 1 << 0,
  LADING_CONTAINER_ACTION_FLAGS_REMOVE_VOLUMES = 1 << 1,
} LadingContainerActionFlags;

void               lading_engine_kill_container_async         (LadingEngine               *self,
                                                               const char                 *id,
                                                               const char                 *signal_name,
                                                               GCancellable               *cancellable,
                                                               GAsyncReadyCallback         callback,
                                                               gpointer                    user_data);
gboolean           lading_engine_kill_container_finish        (LadingEngine               *self,
                                                               GAsyncResult               *result,
                                                               GError                    **error);
void               lading_engine_rename_container_async       (LadingEngine               *self,
                                                               const char                 *id,
                                                               const char                 *new_name,
                                                               GCancellable               *cancellable,
                                                               GAsyncReadyCallback         callback,
                                                               gpointer                    user_data);
gboolean           lading_engine_rename_container_finish      (LadingEngine               *self,
                                                               GAsyncResult               *result,
                                                               GError                    **error);
void               lading_engine_top_container_async          (LadingEngine               *self,
                                                               const char                 *id,
                                                               GCancellable               *cancellable,
                                                               GAsyncReadyCallback         callback,
                                                               gpointer                    user_data);
LadingProcessList *lading_engine_top_container_finish         (LadingEngine               *self,
                                                               GAsyncResult               *result,
                                                               GError                    **error);
void               lading_engine_inspect_container_json_async (LadingEngine               *self,
                                                               const char                 *id,
                                                               GCancellable               *cancellable,
                                                               GAsyncReadyCallback         callback,
                                                               gpointer                    user_data);
JsonNode          *lading_engine_inspect_container_json_finish (LadingEngine              *self,
                                                               GAsyncResult               *result,
                                                               GError                    **error);
void               lading_engine_container_action_async       (LadingEngine               *self,
                                                               const char                 *id,
                                                               LadingContainerAction       action,
                                                               LadingContainerActionFlags  flags,
                                                               GCancellable               *cancellable,
                                                               GAsyncReadyCallback         callback,
                                                               gpointer                    user_data);
gboolean           lading_engine_container_action_finish      (LadingEngine               *self,
                                                               GAsyncResult               *result,
                                                               GError                    **error);

/* End of container actions ----------------------------------------------------- */

/* Image actions: see lading-engine-images.c. Pulls and pushes are
 * LadingImageTransfer's. */

typedef struct _LadingPruneReport LadingPruneReport;

#define LADING_TYPE_PRUNE_REPORT (lading_prune_report_get_type ())

GType               lading_prune_report_get_type            (void);
LadingPruneReport  *lading_prune_report_copy                (const LadingPruneReport *self);
void                lading_prune_report_free                (LadingPruneReport       *self);
const char * const *lading_prune_report_get_deleted         (const LadingPruneReport *self);
const char * const *lading_prune_report_get_untagged        (const LadingPruneReport *self);
gint64              lading_prune_report_get_space_reclaimed (const LadingPruneReport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingPruneReport, lading_prune_report_free)

void               lading_engine_check_login_async    (LadingEngine         *self,
                                                       const char           *server,
                                                       const char           *username,
                                                       const char           *password,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
char              *lading_engine_check_login_finish   (LadingEngine         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void               lading_engine_tag_image_async      (LadingEngine         *self,
                                                       const char           *image,
                                                       const char           *repository,
                                                       const char           *tag,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean           lading_engine_tag_image_finish     (LadingEngine         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void               lading_engine_remove_image_async   (LadingEngine         *self,
                                                       const char           *image,
                                                       gboolean              force,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean           lading_engine_remove_image_finish  (LadingEngine         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void               lading_engine_prune_images_async   (LadingEngine         *self,
                                                       gboolean              all_unused,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
LadingPruneReport *lading_engine_prune_images_finish  (LadingEngine         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void               lading_engine_prune_build_cache_async  (LadingEngine        *self,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
LadingPruneReport *lading_engine_prune_build_cache_finish (LadingEngine        *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/* Bytes of a save written, or of a load sent, so far. */
typedef void (*LadingImageArchiveProgress) (goffset  done,
                                            gpointer user_data);

void               lading_engine_save_image_async     (LadingEngine               *self,
                                                       const char                 *image,
                                                       GOutputStream              *output,
                                                       LadingImageArchiveProgress  progress,
                                                       gpointer                    progress_data,
                                                       GCancellable               *cancellable,
                                                       GAsyncReadyCallback         callback,
                                                       gpointer                    user_data);
gboolean           lading_engine_save_image_finish    (LadingEngine               *self,
                                                       GAsyncResult               *result,
                                                       GError                    **error);
void               lading_engine_load_image_async     (LadingEngine               *self,
                                                       GInputStream               *archive,
                                                       goffset                     size,
                                                       LadingImageArchiveProgress  progress,
                                                       gpointer                    progress_data,
                                                       GCancellable               *cancellable,
                                                       GAsyncReadyCallback         callback,
                                                       gpointer                    user_data);
GStrv              lading_engine_load_image_finish    (LadingEngine               *self,
                                                       GAsyncResult               *result,
                                                       GError                    **error);

G_END_DECLS
