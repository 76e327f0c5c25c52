/* lading-bench-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lading_bench_report_watch (GtkWidget *list);

G_END_DECLS
