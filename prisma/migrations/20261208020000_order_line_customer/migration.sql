-- Order lines carry their order's customer (docs/scaling.md, "The path past one database"): every
-- customer-scoped table then has customerId, the distribution column should the data move to a
-- distributed PostgreSQL (Citus), and the lines' foreign key names it as co-located tables require.
-- The composite key's ON UPDATE CASCADE moves the lines with their order when customers merge.

ALTER TABLE "OrderLine" ADD COLUMN "customerId" UUID;
UPDATE "OrderLine" l SET "customerId" = o."customerId" FROM "Order" o WHERE o.id = l."orderId";
ALTER TABLE "OrderLine" ALTER COLUMN "customerId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Order_customerId_id_key" ON "Order"("customerId", "id");

-- DropForeignKey
ALTER TABLE "OrderLine" DROP CONSTRAINT "OrderLine_orderId_fkey";

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_customerId_orderId_fkey" FOREIGN KEY ("customerId", "orderId") REFERENCES "Order"("customerId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A writer that names only the order (raw SQL in scripts and tests) gets its customer filled in.
CREATE FUNCTION "order_line_customer"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT o."customerId" INTO NEW."customerId" FROM "Order" o WHERE o.id = NEW."orderId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "OrderLine_customer" BEFORE INSERT ON "OrderLine"
  FOR EACH ROW WHEN (NEW."customerId" IS NULL) EXECUTE FUNCTION "order_line_customer"();
