#!/usr/bin/env bash
# Generates the demo's sample photos into build/photos/. The seed page's real
# conference photos are not ours to ship, so we draw stand-ins with the same
# variety of sizes and aspect ratios, which is what the gallery has to cope with.
# The thumbnail sizes are hard-coded in examples/demo/*.html: change both together.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
self="$here/$(basename "${BASH_SOURCE[0]}")"
out="$(cd "$here/.." && pwd)/build/photos"

# number, full size, two plasma colours (distinct per photo so thumbnails differ).
photos=(
  "01 1600x1067 #1d4e89-#f2c14e"
  "02 1200x800  #7a1f2b-#f29e4c"
  "03 800x1200  #0f5e4a-#9ad0c2"
  "04 900x1350  #3b2c6b-#c9a0dc"
  "05 2400x800  #0b3954-#bfd7ea"
  "06 1000x1000 #6b3e26-#ffd699"
  "07 1600x900  #264653-#e9c46a"
  "08 1024x768  #5c2a9d-#f4a261"
  "09 1080x1350 #8d0801-#ffcad4"
  "10 1400x1050 #1b4332-#b7e4c7"
)
news_colours=(
  "#0b4a8b-#9cc3e6" "#7f1d1d-#fca5a5" "#14532d-#86efac" "#713f12-#fde68a"
  "#312e81-#a5b4fc" "#134e4a-#5eead4" "#4a044e-#f0abfc" "#1e293b-#cbd5e1"
  "#7c2d12-#fdba74"
)

outputs=()
for p in "${photos[@]}"; do
  read -r n _ _ <<<"$p"
  outputs+=("$out/hoi-nghi-$n.jpg" "$out/hoi-nghi-$n-thumb.jpg")
done
for i in "${!news_colours[@]}"; do outputs+=("$out/tin-$(printf '%02d' $((i + 1)))-thumb.jpg"); done

up_to_date=1
for f in "${outputs[@]}"; do
  [[ -f "$f" && "$f" -nt "$self" ]] || { up_to_date=0; break; }
done
if (( up_to_date )); then
  echo "make-photos: ${#outputs[@]} files in build/photos are up to date"
  exit 0
fi
mkdir -p "$out"

# Plasma drawn small and blurred, then scaled up: smooth colour fields at a
# fraction of the cost of a full-size plasma. -seed keeps every run identical.
# Sets the array bg to the convert arguments for seed, width, height, colours.
background() {
  local seed=$1 w=$2 h=$3 colours=$4
  local s=$(( w < h ? w : h ))
  bg=(-seed "$seed" -size 48x48 "plasma:$colours" -blur 0x3 -resize "${w}x${h}!"
    -fill 'rgba(255,255,255,0.22)' -draw "circle $((w/4)),$((h/3)) $((w/4 + s/5)),$((h/3))"
    -fill 'rgba(0,0,0,0.18)' -draw "rectangle $((w*3/5)),$((h*3/5)) $((w*9/10)),$((h*9/10))"
    -fill 'rgba(255,255,255,0.15)' -draw "polygon $((w/10)),$((h*9/10)) $((w/3)),$((h/2)) $((w/2)),$((h*9/10))")
}

# Each output is written under a temporary name and renamed, so an interrupted
# run never leaves a truncated file that the freshness check would accept.
make_photo() {
  local n=$1 size=$2 colours=$3
  local w=${size%x*} h=${size#*x} num=$((10#$1))
  local s=$(( w < h ? w : h ))
  local bg; background "$num" "$w" "$h" "$colours"
  convert "${bg[@]}" \
    -font DejaVu-Sans -pointsize $((s / 6)) -gravity center \
    -stroke 'rgba(0,0,0,0.55)' -strokewidth $((s / 250 + 1)) -fill white \
    -annotate +0+0 "Ảnh $num" \
    -strip -quality 70 -write "$out/.hoi-nghi-$n.tmp.jpg" \
    -thumbnail 400x400 -strip -quality 70 "$out/.hoi-nghi-$n-thumb.tmp.jpg"
  mv "$out/.hoi-nghi-$n.tmp.jpg" "$out/hoi-nghi-$n.jpg"
  mv "$out/.hoi-nghi-$n-thumb.tmp.jpg" "$out/hoi-nghi-$n-thumb.jpg"
}

make_news_thumb() {
  local n=$1 colours=$2 num=$((10#$1))
  local bg; background "$((100 + num))" 320 200 "$colours"
  convert "${bg[@]}" \
    -font DejaVu-Sans -pointsize 40 -gravity center \
    -stroke 'rgba(0,0,0,0.55)' -strokewidth 2 -fill white -annotate +0+0 "Tin $num" \
    -strip -quality 70 "$out/.tin-$n-thumb.tmp.jpg"
  mv "$out/.tin-$n-thumb.tmp.jpg" "$out/tin-$n-thumb.jpg"
}

pids=()
for p in "${photos[@]}"; do
  read -r n size colours <<<"$p"
  make_photo "$n" "$size" "$colours" & pids+=($!)
done
for i in "${!news_colours[@]}"; do
  make_news_thumb "$(printf '%02d' $((i + 1)))" "${news_colours[$i]}" & pids+=($!)
done
# wait per pid so that one failed convert fails the script (set -e).
for pid in "${pids[@]}"; do wait "$pid"; done

echo "make-photos: wrote ${#outputs[@]} files to build/photos"
