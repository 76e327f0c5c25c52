/* lading-transfer-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lading-image-reference.h"
#include "lading-image-transfer.h"

G_BEGIN_DECLS

/* Words for pulls, pushes, saves and loads, and the image names typed for
 * them. @image is the name as `docker images` shows it ("busybox:latest"),
 * or a load's file name. */
char       *lading_transfer_text_dup_title      (LadingImageTransferKind      kind,
                                                 LadingImageTransferState     state,
                                                 const char                  *image);
char       *lading_transfer_text_dup_progress   (LadingImageTransferKind      kind,
                                                 LadingImageTransferPhase     phase,
                                                 gint64                       bytes_done,
                                                 gint64                       bytes_total,
                                                 guint                        layers_done,
                                                 guint                        layers_total);
/* NULL for G_IO_ERROR_CANCELLED: a cancelled transfer is not a failure.
 * @registry is "Docker Hub" or a host with its port; NULL for a save or a
 * load. */
char       *lading_transfer_text_dup_error      (LadingImageTransferKind      kind,
                                                 const char                  *image,
                                                 const char                  *registry,
                                                 const GError                *error);
/* "Docker Hub" or the host and port of @reference's registry. */
const char *lading_transfer_text_registry_name  (const LadingImageReference  *reference);
/* "Docker Hub" for Docker Hub's server, else @server: a registry as
 * config.json names it (lading_registry_auth_server()). */
const char *lading_transfer_text_login_registry (const char                  *server);
/* Why a login or a log out failed; NULL for G_IO_ERROR_CANCELLED. */
char       *lading_transfer_text_dup_login_error (const char                  *server,
                                                  const GError                *error);
/* Why a search failed; NULL for G_IO_ERROR_CANCELLED.  @registry is
 * "Docker Hub" or the host and port the search term named. */
char       *lading_transfer_text_dup_search_error (const char                *registry,
                                                   const GError              *error);
/* What to do about a name that is not valid; NULL for a valid one. */
const char *lading_transfer_text_reference_hint (LadingImageReferenceProblem  problem);

G_END_DECLS
