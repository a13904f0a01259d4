package dev.libsql4j.example.invoicing.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One line of a new invoice (the table's CHECK constraints say the same as these annotations). */
public record NewLine(@NotBlank @Size(max = 200) String description, @Positive int quantity,
    @PositiveOrZero long unitPriceCents) {
}
