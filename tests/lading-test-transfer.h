/* lading-test-transfer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-docker-config.h"
#include "lading-image-transfer.h"

G_BEGIN_DECLS

gboolean              lading_test_have_registries (void);
LadingImageReference *lading_test_reference_new   (const char                 *registry,
                                                   const char                 *name);
char                 *lading_test_push_fixture    (const char                 *name);
void                  lading_test_build_image     (const char                 *tag);
GError               *lading_test_transfer_run    (LadingImageTransfer        *transfer,
                                                   LadingDockerConfig         *config);
GError               *lading_test_pull            (LadingEngine               *engine,
                                                   const LadingImageReference *reference,
                                                   LadingDockerConfig         *config);
GError               *lading_test_push            (LadingEngine               *engine,
                                                   const LadingImageReference *reference,
                                                   LadingDockerConfig         *config);

G_END_DECLS
