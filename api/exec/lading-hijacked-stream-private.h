/* lading-hijacked-stream-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lading-endpoint.h"
#include "lading-hijacked-stream.h"

G_BEGIN_DECLS

LadingHijackedStream *_lading_hijacked_stream_new (LadingEndpoint *endpoint,
                                                   GIOStream      *connection,
                                                   GInputStream   *input,
                                                   gboolean        tty);

G_END_DECLS
