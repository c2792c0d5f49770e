-- Instant search by name (issue 5). Prefix probes on two btrees answer names as typed at the desk in
-- well under a millisecond, where trigram scans over common words ("de vries", "jan jansen") took
-- 100+ ms at 1M customers; the trigram GIN stays for misspellings the probes miss.

-- CreateIndex
-- Edited: COLLATE "C" compares bytes, so every name starting with a prefix is one index range,
-- whatever the database's default collation. Prisma's schema cannot say so; its diff ignores collation.
CREATE INDEX "Customer_searchName_prefix_idx" ON "Customer"("searchName" COLLATE "C");

-- Added by hand: Prisma cannot express expression indexes (and its diff ignores them). Key: the surname
-- lower-cased, accent-folded, without leading particles ("van der Heijden" -> "heijden"), then the full
-- searchName so "heijden anna" narrows to one range. The expression must match SURNAME_KEY_SQL in
-- lib/customers/search-name-key.ts exactly, or the planner cannot use the index.
CREATE INDEX "Customer_surname_search_idx" ON "Customer"((regexp_replace(btrim(regexp_replace(lower(translate("lastName", 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľĿŀŃńŅņŇňŉŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ', 'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllllnnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzs')), '\s+', ' ', 'g')), '^(?:(?:van|von|vom|de|der|den|des|het|''t|ter|ten|te|in|op|la|le|du|di|da|del|dos|zu) )+', '')) COLLATE "C", "searchName" COLLATE "C");
