/* lading-docker-config-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-docker-config.h"

G_BEGIN_DECLS

gboolean _lading_docker_config_forget_inline (LadingDockerConfig  *self,
                                              const char          *server,
                                              GError             **error);

G_END_DECLS
